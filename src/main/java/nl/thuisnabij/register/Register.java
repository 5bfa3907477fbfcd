package nl.thuisnabij.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.persistence.GebiedRepository;
import nl.thuisnabij.register.persistence.SamenwerkingsverbandRepository;
import nl.thuisnabij.register.persistence.VestigingRepository;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register's questions and its one editable part, the SWV profile. */
@Service
@Transactional(readOnly = true)
public class Register {

    private final SamenwerkingsverbandRepository samenwerkingsverbanden;
    private final GebiedRepository gebieden;
    private final VestigingRepository vestigingen;
    private final AuditLog auditLog;

    Register(SamenwerkingsverbandRepository samenwerkingsverbanden, GebiedRepository gebieden,
            VestigingRepository vestigingen, AuditLog auditLog) {
        this.samenwerkingsverbanden = samenwerkingsverbanden;
        this.gebieden = gebieden;
        this.vestigingen = vestigingen;
        this.auditLog = auditLog;
    }

    public List<Samenwerkingsverband> alleSamenwerkingsverbanden() {
        return samenwerkingsverbanden.findAll();
    }

    public Optional<Samenwerkingsverband> samenwerkingsverband(SwvCode code) {
        return samenwerkingsverbanden.findByCode(code);
    }

    public Samenwerkingsverband bestaandSamenwerkingsverband(SwvCode code) {
        return samenwerkingsverband(code)
                .orElseThrow(() -> new NietGevondenException("Samenwerkingsverband %s bestaat niet".formatted(code)));
    }

    /** The SWV of primary or secondary education for the pupils living in this 4-digit postcode area, if one serves it. */
    public Optional<Samenwerkingsverband> samenwerkingsverbandVoor(String postcode4, boolean vo) {
        return gebieden.findPostcode(postcode4).map(gebied -> vo ? gebied.swvVo() : gebied.swvPo()).flatMap(code -> samenwerkingsverband(new SwvCode(code)));
    }

    /** Which SWVs serve the pupils living at this postcode (four digits, letters optional). */
    public Zoekresultaat zoekOpPostcode(String invoer) {
        var postcode = Postcode.parse(invoer);
        var gebied = gebieden.findPostcode(postcode.pc4());
        if (gebied.isEmpty()) {
            return new Zoekresultaat.Onbekend("postcode " + postcode.pc4());
        }
        var area = gebied.get();
        var omschrijving = "postcode %s (%s)".formatted(area.postcode4(), area.gemeente());
        if (area.swvPo() == null && area.swvVo() == null) {
            return new Zoekresultaat.ZonderSamenwerkingsverband(omschrijving,
                    area.bijzonderheid() == null ? "geen samenwerkingsverband ingedeeld" : area.bijzonderheid());
        }
        var codes = new ArrayList<String>();
        if (area.swvPo() != null) {
            codes.add(area.swvPo());
        }
        if (area.swvVo() != null) {
            codes.add(area.swvVo());
        }
        return new Zoekresultaat.Gevonden(omschrijving, samenwerkingsverbanden.findByCodes(codes), null);
    }

    /** Which SWVs serve a municipality; a municipality split over SWVs gives several per sector. */
    public Zoekresultaat zoekOpGemeente(String naam) {
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeInvoerException("vul een gemeentenaam in");
        }
        var gevonden = gebieden.findGemeentenByNaam(naam);
        if (gevonden.isEmpty()) {
            return new Zoekresultaat.Onbekend("gemeente " + naam.trim());
        }
        var gemeente = gevonden.getFirst();
        var huidige = gebieden.huidige(gemeente);
        String toelichting = huidige.id() == gemeente.id() ? null
                : "%s is per %s opgegaan in gemeente %s.".formatted(gemeente.naam(), gemeente.opgehevenOp(), huidige.naam());
        var postcodes = gebieden.findPostcodesVanGemeente(huidige.id());
        var codes = new LinkedHashSet<String>();
        postcodes.forEach(p -> {
            if (p.swvPo() != null) {
                codes.add(p.swvPo());
            }
            if (p.swvVo() != null) {
                codes.add(p.swvVo());
            }
        });
        var omschrijving = "gemeente " + huidige.naam();
        if (codes.isEmpty()) {
            return new Zoekresultaat.ZonderSamenwerkingsverband(omschrijving, "geen samenwerkingsverband ingedeeld");
        }
        var lijst = new ArrayList<>(samenwerkingsverbanden.findByCodes(codes));
        lijst.sort(Comparator.comparing(swv -> swv.code().waarde()));
        if (lijst.stream().filter(swv -> swv.sector() == Sector.PO).count() > 1
                || lijst.stream().filter(swv -> swv.sector() == Sector.VO).count() > 1) {
            var splitsing = "Deze gemeente valt per postcode onder verschillende samenwerkingsverbanden; zoek op uw postcode voor het juiste.";
            toelichting = toelichting == null ? splitsing : toelichting + " " + splitsing;
        }
        return new Zoekresultaat.Gevonden(omschrijving, lijst, toelichting);
    }

    public List<Vestiging> vestigingen(SwvCode swv) {
        return vestigingen.findBySwv(swv);
    }

    /** Several school sites at once, e.g. the schools of one page of a list. */
    public List<Vestiging> vestigingen(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : vestigingen.findByIds(ids);
    }

    public Optional<Vestiging> vestiging(long id) {
        return vestigingen.findById(id);
    }

    /** A school site of this SWV; any other id, also one of another SWV's site, is not found here. */
    public Vestiging vestigingVan(SwvCode swv, long id) {
        return vestigingen.findById(id).filter(v -> v.swv().equals(swv))
                .orElseThrow(() -> new NietGevondenException("vestiging %d hoort niet bij samenwerkingsverband %s".formatted(id, swv)));
    }

    /** A school site anywhere in the country by its public code: BRIN and vestigingsnummer, e.g. 12AB00. */
    public Optional<Vestiging> vestigingMetCode(String vestigingscode) {
        var code = vestigingscode == null ? "" : vestigingscode.strip().toUpperCase();
        if (!code.matches("\\d{2}[A-Z]{2}\\d{2}")) {
            throw new nl.thuisnabij.shared.OngeldigeInvoerException(
                    "vestigingscode '%s' is ongeldig: verwacht BRIN en vestigingsnummer, bijvoorbeeld 12AB00".formatted(vestigingscode));
        }
        return vestigingen.findByCode(code.substring(0, 4), code.substring(4));
    }

    /** The postcode areas an SWV covers, for maps and distances. */
    public List<PostcodegebiedInfo> postcodegebieden(SwvCode swv) {
        return gebieden.findPostcodesVanSwv(swv.waarde()).stream()
                .map(p -> new PostcodegebiedInfo(p.postcode4(), p.gemeente())).toList();
    }

    /** Today's municipality of a 4-digit postcode, if the division knows it. */
    public Optional<String> gemeenteVan(String postcode4) {
        return gebieden.findPostcode(postcode4).map(GebiedRepository.Postcodegebied::gemeente);
    }

    public List<String> actieveGemeenten() {
        return gebieden.findActieveGemeenten().stream().map(GebiedRepository.Gemeente::naam).toList();
    }

    /** A municipality of the country, by id. */
    public record GemeenteInfo(long id, String naam) {
    }

    /** The municipalities an SWV's area lies in (a split municipality is in several SWVs), by name. */
    public List<GemeenteInfo> gemeenten(SwvCode swv) {
        return postcodegebieden(swv).stream().map(PostcodegebiedInfo::gemeente).distinct().sorted()
                .flatMap(naam -> gemeenteId(naam).map(id -> new GemeenteInfo(id, naam)).stream()).toList();
    }

    public Optional<String> gemeentenaam(long id) {
        return gebieden.findGemeente(id).map(GebiedRepository.Gemeente::naam);
    }

    /** Today's municipality by that name, following renames and mergers. */
    public Optional<Long> gemeenteId(String naam) {
        return gebieden.findGemeentenByNaam(naam).stream().findFirst().map(gebieden::huidige).map(GebiedRepository.Gemeente::id);
    }

    @Transactional
    public void wijzigProfiel(SwvCode code, String naam, Contactgegevens contact, String huisstijlkleur, int gelezenVersie) {
        var bestaand = bestaandSamenwerkingsverband(code);
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeInvoerException("naam", "vul de naam van het samenwerkingsverband in");
        }
        if (contact.website() != null && !Contactgegevens.isWebadres(contact.website())) {
            throw new OngeldigeInvoerException("website", "vul een webadres in dat begint met https:// of http://");
        }
        if (contact.postcode() != null && !contact.postcode().isBlank()) {
            try {
                Postcode.volledig(contact.postcode());
            } catch (OngeldigeInvoerException fout) {
                throw fout.bijVeld("postcode");
            }
        }
        var kleur = huisstijlkleur == null || huisstijlkleur.isBlank() ? null : new Huisstijlkleur(huisstijlkleur);
        if (!samenwerkingsverbanden.updateProfiel(code, naam.trim(), contact, kleur, gelezenVersie)) {
            throw new GelijktijdigeWijzigingException(
                    "Iemand anders heeft het profiel van %s intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de nieuwe gegevens en voer uw wijziging opnieuw in."
                            .formatted(bestaand.weergavenaam()));
        }
        auditLog.schrijven(code.waarde(), "samenwerkingsverband", code.waarde(), "profiel gewijzigd");
    }

    /** The SWV's logo for its public pages; replaces an earlier one. */
    @Transactional
    public void legLogoVast(SwvCode code, byte[] inhoud) {
        bestaandSamenwerkingsverband(code);
        var logo = Logo.van(inhoud);
        samenwerkingsverbanden.bewaarLogo(code, logo.inhoud(), logo.mediatype(), java.time.Instant.now());
        auditLog.schrijven(code.waarde(), "samenwerkingsverband", code.waarde(), "logo vastgelegd (" + logo.mediatype() + ", " + inhoud.length + " bytes)");
    }

    @Transactional(readOnly = true)
    public Optional<Logo> logo(SwvCode code) {
        return samenwerkingsverbanden.logo(code);
    }

    @Transactional(readOnly = true)
    public boolean heeftLogo(SwvCode code) {
        return samenwerkingsverbanden.heeftLogo(code);
    }
}
