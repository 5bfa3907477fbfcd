package nl.thuisnabij.register;

import nl.thuisnabij.shared.CsvBestand;
import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.Regelfout;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.persistence.GebiedRepository;
import nl.thuisnabij.register.persistence.LandelijkSwvRepository;
import nl.thuisnabij.register.persistence.RegioIndelingRepository;
import nl.thuisnabij.register.persistence.RegioIndelingRepository.PostcodeRegel;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the official division "postcode → gemeente → SWV PO/VO" (Regeling regio-indeling
 * samenwerkingsverbanden passend onderwijs). Loading a newer division updates in place: new codes
 * are added, codes that disappeared are marked ended, postcodes move, nothing is duplicated.
 */
@Service
public class RegioIndelingImport {

    static final List<String> KOLOMMEN = List.of("POSTCODE4", "GEMEENTE", "SWV_PO", "SWV_VO");
    /** The port area 3197–3199 is in no SWV; the division says so with this word instead of a code. */
    static final String EUROPOORT = "Europoort";

    private final RegioIndelingRepository repository;
    private final LandelijkSwvRepository landelijkeSwvs;
    private final GebiedRepository gebieden;
    private final AuditLog auditLog;

    RegioIndelingImport(RegioIndelingRepository repository, LandelijkSwvRepository landelijkeSwvs, GebiedRepository gebieden, AuditLog auditLog) {
        this.repository = repository;
        this.landelijkeSwvs = landelijkeSwvs;
        this.gebieden = gebieden;
        this.auditLog = auditLog;
    }

    @Transactional
    public ImportRapport importeer(String bestandsnaam, InputStream invoer, String door) {
        CsvBestand bestand;
        try {
            bestand = CsvBestand.lees(invoer);
        } catch (CsvBestand.Onleesbaar e) {
            return ImportRapport.afgewezen(0, List.of(e.regelfout()), List.of());
        }
        var ontbrekend = bestand.ontbrekendeKolommen(KOLOMMEN);
        if (!ontbrekend.isEmpty()) {
            return ImportRapport.afgewezen(0, List.of(new Regelfout(1,
                    "kolom(men) %s ontbreken; verwacht de kolommen postcode4,gemeente,swv_po,swv_vo"
                            .formatted(String.join(", ", ontbrekend).toLowerCase()))), List.of());
        }
        var fouten = new ArrayList<Regelfout>();
        var meldingen = new ArrayList<String>();
        var regels = new LinkedHashMap<String, PostcodeRegel>();
        var landelijk = Set.copyOf(landelijkeSwvs.landelijkeCodes());
        for (var rij : bestand.rijen()) {
            var regel = leesRegel(rij, landelijk, fouten, meldingen);
            if (regel != null && regels.putIfAbsent(regel.postcode4(), regel) != null) {
                fouten.add(new Regelfout(rij.regel(), "postcode %s komt meer dan eens voor".formatted(regel.postcode4())));
            }
        }
        int aantal = bestand.rijen().size();
        if (regels.isEmpty() && fouten.isEmpty()) {
            fouten.add(new Regelfout(1, "het bestand bevat geen postcodes"));
        }
        if (!fouten.isEmpty()) {
            return ImportRapport.afgewezen(aantal, fouten, meldingen);
        }

        var codes = new TreeSet<String>();
        var gemeentenamen = new TreeSet<String>();
        regels.values().forEach(r -> {
            gemeentenamen.add(r.gemeente());
            if (r.swvPo() != null) {
                codes.add(r.swvPo());
            }
            if (r.swvVo() != null) {
                codes.add(r.swvVo());
            }
        });
        var bestaand = repository.bestaandeSwvCodes();
        repository.voegSamenwerkingsverbandenToe(codes);
        var opgeheven = repository.beeindigOntbrekendeSamenwerkingsverbanden(codes);
        repository.schrijfPostcodes(List.copyOf(regels.values()), repository.gemeenteIds(gemeentenamen));
        var vervallen = repository.verwijderOntbrekendePostcodes(regels.keySet());

        var nieuw = codes.stream().filter(code -> !bestaand.contains(code)).toList();
        int po = (int) codes.stream().filter(c -> c.startsWith("PO")).count();
        int vo = codes.size() - po;
        if (!bestaand.isEmpty() && !nieuw.isEmpty()) {
            meldingen.add("nieuwe samenwerkingsverbanden: " + String.join(", ", nieuw));
        }
        if (!opgeheven.isEmpty()) {
            meldingen.add("niet meer in de indeling, gemarkeerd als opgeheven: " + String.join(", ", opgeheven));
        }
        if (!vervallen.isEmpty()) {
            meldingen.add("postcodes niet meer in de indeling, verwijderd: " + String.join(", ", vervallen));
        }
        var samenvatting = List.of(
                "%d postcodegebieden ingelezen".formatted(regels.size()),
                "%d samenwerkingsverbanden PO en %d VO".formatted(po, vo),
                "%d gemeenten in het bestand; %d gemeenten actief in het register".formatted(gemeentenamen.size(),
                        gebieden.countActieveGemeenten()));
        repository.registreerImport(bestandsnaam, door, aantal, po, vo, gemeentenamen.size(), meldingen);
        auditLog.schrijven(null, "regio-indeling", bestandsnaam, "regio-indeling ingelezen: " + String.join("; ", samenvatting));
        return new ImportRapport(aantal, List.of(), meldingen, samenvatting);
    }

    private static PostcodeRegel leesRegel(CsvBestand.Rij rij, Set<String> landelijk, List<Regelfout> fouten, List<String> meldingen) {
        var postcode = rij.get("POSTCODE4");
        var gemeente = rij.get("GEMEENTE");
        var po = rij.get("SWV_PO");
        var vo = rij.get("SWV_VO");
        int foutenVooraf = fouten.size();
        if (!postcode.matches("[1-9]\\d{3}")) {
            fouten.add(new Regelfout(rij.regel(), "postcode '%s' is ongeldig: verwacht vier cijfers".formatted(postcode)));
        }
        if (gemeente.isEmpty()) {
            fouten.add(new Regelfout(rij.regel(), "gemeente ontbreekt"));
        }
        if (EUROPOORT.equalsIgnoreCase(po) || EUROPOORT.equalsIgnoreCase(vo)) {
            if (fouten.size() > foutenVooraf) {
                return null;
            }
            meldingen.add("regel %d: postcode %s (%s) valt onder geen samenwerkingsverband (Europoort, havengebied)"
                    .formatted(rij.regel(), postcode, gemeente));
            return new PostcodeRegel(postcode, gemeente, null, null, "Europoort (havengebied, geen samenwerkingsverband)");
        }
        var swvPo = swvCode(po, Sector.PO, rij.regel(), landelijk, fouten);
        var swvVo = swvCode(vo, Sector.VO, rij.regel(), landelijk, fouten);
        return fouten.size() > foutenVooraf ? null : new PostcodeRegel(postcode, gemeente, swvPo, swvVo, null);
    }

    private static String swvCode(String waarde, Sector sector, int regel, Set<String> landelijk, List<Regelfout> fouten) {
        try {
            var code = SwvCode.van(waarde);
            if (code.sector() != sector) {
                fouten.add(new Regelfout(regel, "'%s' staat in de kolom swv_%s maar is geen %s-code"
                        .formatted(waarde, sector.name().toLowerCase(), sector)));
                return null;
            }
            if (landelijk.contains(code.waarde())) {
                fouten.add(new Regelfout(regel, "%s is een landelijk samenwerkingsverband en heeft geen gebied".formatted(code)));
                return null;
            }
            return code.waarde();
        } catch (OngeldigeInvoerException e) {
            fouten.add(new Regelfout(regel, e.getMessage()));
            return null;
        }
    }
}
