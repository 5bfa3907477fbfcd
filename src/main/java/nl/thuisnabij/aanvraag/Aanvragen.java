package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.persistence.AanvraagGegevensRepository;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.aanvraag.persistence.BerichtRepository;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.OuderContact;
import nl.thuisnabij.opp.Opps;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.Datumnotatie;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for arrangements and TLVs: reading one request (who may see it is {@link AanvraagToegang}'s
 * to say) and the school's steps from concept to submission. Every read and change is audit-logged.
 */
@Service
public class Aanvragen {

    private final AanvraagRepository repository;
    private final AanvraagGegevensRepository gegevens;
    private final Aanvraaginstellingen instellingen;
    private final TlvBevoegdheid bevoegdheid;
    private final Leerlingen leerlingen;
    private final Register register;
    private final Besluitbrief brief;
    private final Aanvraagwerk werk;
    private final AuditLog auditLog;
    private final Gebruikers gebruikers;
    private final BerichtRepository berichten;
    private final Opps opps;
    private final Aanmeldingen aanmeldingen;

    Aanvragen(AanvraagRepository repository, AanvraagGegevensRepository gegevens, Aanvraaginstellingen instellingen,
            TlvBevoegdheid bevoegdheid, Leerlingen leerlingen, Register register, Besluitbrief brief, Aanvraagwerk werk, AuditLog auditLog,
                    Gebruikers gebruikers, BerichtRepository berichten, Opps opps, Aanmeldingen aanmeldingen) {
        this.opps = opps;
        this.aanmeldingen = aanmeldingen;
        this.berichten = berichten;
        this.gebruikers = gebruikers;
        this.repository = repository;
        this.gegevens = gegevens;
        this.instellingen = instellingen;
        this.bevoegdheid = bevoegdheid;
        this.leerlingen = leerlingen;
        this.register = register;
        this.brief = brief;
        this.werk = werk;
        this.auditLog = auditLog;
    }

    /**
     * A request on its page; {@code opp} is the linked OPP version (or, on a draft, the one that
     * submission would link), absent when there is none or the viewer may not read it.
     */
    public record Detail(Aanvraag aanvraag, Leerling leerling, Vestiging school, List<OuderContact> ouders, List<Bijlage> bijlagen,
            String arrangement, String coordinator, Aanvraagbeleid beleid, LocalDate vandaag, List<Verzending> berichten, Opps.Overzicht opp,
            Integer oppVersie) {
        /** The request's own attachments, without the documents sent with an objection. */
        public List<Bijlage> bijlagenVanDeAanvraag() {
            return bijlagen.stream().filter(b -> !b.hoortBijBezwaar()).toList();
        }

        public List<Bijlage> stukkenBijBezwaar(int bezwaar) {
            return bijlagen.stream().filter(b -> Integer.valueOf(bezwaar).equals(b.bezwaar())).toList();
        }

        public LocalDate beslistermijnTot() {
            return aanvraag.beslistermijnTot(beleid);
        }

        public boolean beslistermijnOverschreden() {
            return aanvraag.beslistermijnOverschreden(vandaag, beleid);
        }
    }

    @Transactional(readOnly = true)
    public Detail detail(SwvCode swv, long id, Gebruiker kijker) {
        var aanvraag = werk.zichtbaar(swv, id, kijker);
        var leerling = leerlingen.vind(swv, aanvraag.leerlingId()).orElseThrow();
        var soorten = instellingen.arrangementsoorten(swv).stream().collect(Collectors.toMap(Arrangementsoort::id, Arrangementsoort::naam));
        var coordinator = aanvraag.coordinatorId() == null ? null
                : gebruikers.namen(List.of(aanvraag.coordinatorId())).get(aanvraag.coordinatorId());
        auditLog.lezen(swv.waarde(), "aanvraag", String.valueOf(id), "aanvraag bekeken");
        var verwijzing = aanvraag.oppId() != null ? java.util.Optional.of(new Opps.Verwijzing(aanvraag.oppId(), aanvraag.oppVersie()))
                : aanvraag.status() == AanvraagStatus.CONCEPT ? opps.geldendeVersie(swv, aanvraag.leerlingId(), aanvraag.vestigingId())
                : java.util.Optional.<Opps.Verwijzing>empty();
        var opp = verwijzing.flatMap(v -> opps.versieBijAanvraag(v, kijker)).orElse(null);
        return new Detail(aanvraag, leerling, register.vestiging(aanvraag.vestigingId()).orElseThrow(), leerlingen.ouders(swv, leerling.id()),
                gegevens.bijlagen(swv, id), aanvraag.arrangementsoortId() == null ? null : soorten.get(aanvraag.arrangementsoortId()),
                coordinator, instellingen.beleid(swv), werk.vandaag(), berichten.vanAanvraag(id), opp,
                verwijzing.map(Opps.Verwijzing::versieNummer).orElse(null));
    }

    @Transactional(readOnly = true)
    public byte[] besluitbrief(SwvCode swv, long id, int volgnummer, Gebruiker kijker) {
        var aanvraag = werk.zichtbaar(swv, id, kijker);
        var besluit = aanvraag.besluiten().stream().filter(b -> b.volgnummer() == volgnummer).findFirst()
                .orElseThrow(() -> new NietGevondenException("dit besluit bestaat niet"));
        auditLog.lezen(swv.waarde(), "besluit", id + "/" + volgnummer, "besluitbrief gedownload");
        return brief.pdf(aanvraag, besluit);
    }

    @Transactional
    public long maakConcept(SwvCode swv, long vestigingId, long leerlingId, Aanvraagsoort soort, Long verlengingVan) {
        var school = register.vestiging(vestigingId).filter(v -> v.swv().equals(swv))
                .orElseThrow(() -> new NietGevondenException("vestiging %d hoort niet bij %s".formatted(vestigingId, swv)));
        if (!soort.hoortBij(swv.sector())) {
            throw new OngeldigeInvoerException("soort", "een samenwerkingsverband %s beslist niet over een %s".formatted(swv.sector().name(), soort.omschrijving()));
        }
        var leerling = leerlingen.vind(swv, leerlingId).orElseThrow(() -> new NietGevondenException("deze leerling is onbekend"));
        if (!werk.leerlingenVanSchool(swv, school.id()).contains(leerling.id())) {
            throw new OngeldigeInvoerException("een school vraagt alleen ondersteuning aan voor haar eigen leerlingen en voor leerlingen die bij haar "
                    + "zijn aangemeld");
        }
        if ((soort == Aanvraagsoort.TLV_SO || soort == Aanvraagsoort.TLV_VSO) && leerling.residentieelGeplaatstOp(werk.vandaag())) {
            throw new OngeldigeInvoerException("soort", ("%s is residentieel geplaatst (%s) tot en met %s en is voor die tijd zonder "
                    + "toelaatbaarheidsverklaring toelaatbaar tot het (voortgezet) speciaal onderwijs (WEC art. 40 lid 16)")
                    .formatted(leerling.naam(), leerling.residentieleInstelling(), Datumnotatie.kort(leerling.residentieelTot())));
        }
        if (verlengingVan != null) {
            var oud = repository.findById(swv, verlengingVan).filter(a -> a.leerlingId() == leerlingId && a.soort() == soort)
                    .orElseThrow(() -> new OngeldigeInvoerException("een verlenging hoort bij een eerdere aanvraag van dezelfde soort voor deze leerling"));
            if (oud.huidigBesluit().filter(b -> b.uitkomst().isToegekend()).isEmpty()) {
                throw new OngeldigeInvoerException("alleen een toegekend arrangement of toegekende TLV kan worden verlengd");
            }
        }
        var concept = Aanvraag.concept(swv, vestigingId, leerlingId, soort, verlengingVan);
        // what the parents registered is where the school's description of the needs starts
        aanmeldingen.behoeftenBijAanmelding(swv, vestigingId, leerlingId).ifPresent(behoeften -> concept.wijzigInhoud(null, behoeften, null, null));
        long id = repository.save(concept).id();
        auditLog.schrijven(swv.waarde(), "aanvraag", String.valueOf(id), "concept aangemaakt: " + soort.omschrijving());
        return id;
    }

    @Transactional
    public void wijzigInhoud(SwvCode swv, long id, int versie, Gebruiker door, String vraag, String behoeften, String geprobeerd,
            Long arrangementsoort) {
        if (arrangementsoort != null && instellingen.arrangementsoorten(swv).stream().noneMatch(s -> s.id() == arrangementsoort && s.actief())) {
            throw new OngeldigeInvoerException("arrangementsoort", "dit arrangement staat niet in de catalogus van het samenwerkingsverband");
        }
        werk.wijzig(swv, id, versie, door, Aanvraagstap.INHOUD_WIJZIGEN, "inhoud gewijzigd", a -> a.wijzigInhoud(vraag, behoeften,
                geprobeerd, arrangementsoort));
    }

    /** The parents need an account linked to their child to answer in their own words; without one the school is told how to get it. */
    @Transactional
    public void nodigOudersUit(SwvCode swv, long id, int versie, Gebruiker door) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.OUDERS_UITNODIGEN, "ouders om hun zienswijze gevraagd", a -> {
            if (leerlingen.ouderaccounts(swv, a.leerlingId()).isEmpty()) {
                throw new OngeldigeInvoerException("de ouders van deze leerling hebben nog geen account in Thuisnabij. Nodig eerst een ouder uit "
                        + "bij de leerling, of leg het gesprek met de ouders hieronder vast");
            }
            a.nodigOudersUit(werk.vandaag());
        });
    }

    @Transactional
    public void legZienswijzeVast(SwvCode swv, long id, int versie, Gebruiker ouder, String zienswijze, boolean akkoord) {
        werk.wijzig(swv, id, versie, ouder, Aanvraagstap.ZIENSWIJZE_GEVEN, "zienswijze door de ouders gegeven",
                a -> a.legZienswijzeVast(zienswijze, akkoord, werk.vandaag()));
    }

    @Transactional
    public void legOudergesprekVast(SwvCode swv, long id, int versie, Gebruiker door, String verslag, boolean akkoord) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.OUDERGESPREK_VASTLEGGEN, "gesprek met de ouders vastgelegd",
                a -> a.legOudergesprekVast(verslag, akkoord));
    }

    @Transactional
    public void dienIn(SwvCode swv, long id, int versie, Gebruiker door) {
        Aanvraagwerk.vereisStap(door, Aanvraagstap.INDIENEN);
        var aanvraag = werk.zichtbaar(swv, id, door);
        var bevoegd = aanvraag.soort().isTlv() ? bevoegdheid.bepaal(swv, aanvraag) : null;
        werk.wijzig(swv, id, versie, door, Aanvraagstap.INDIENEN, "aanvraag ingediend", a -> {
            if (bevoegd != null) {
                a.legBevoegdheidVast(bevoegd.swv(), bevoegd.toelichting());
            }
            baseerOpOpp(a);
            a.dienIn(werk.vandaag());
        });
    }

    /** From submission on, the SWV sees the pupil's OPP; the request links the version in force at the school. */
    private void baseerOpOpp(Aanvraag aanvraag) {
        var verwijzing = opps.koppelAanvraag(aanvraag.swv(), aanvraag.leerlingId(), aanvraag.vestigingId(), "aanvraag " + aanvraag.id());
        aanvraag.baseerOpOpp(verwijzing.map(Opps.Verwijzing::oppId).orElse(null), verwijzing.map(Opps.Verwijzing::versieNummer).orElse(null));
    }

    @Transactional
    public void vulAan(SwvCode swv, long id, int versie, Gebruiker door) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.AANVULLEN, "aanvulling geleverd", a -> {
            baseerOpOpp(a);
            a.vulAan(werk.vandaag());
        });
    }

    @Transactional
    public void trekIn(SwvCode swv, long id, int versie, Gebruiker door) {
        werk.wijzig(swv, id, versie, door, Aanvraagstap.INTREKKEN, "aanvraag ingetrokken", Aanvraag::trekIn);
    }
}
