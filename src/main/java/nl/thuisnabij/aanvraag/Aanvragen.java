package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.persistence.AanvraagGegevensRepository;
import nl.thuisnabij.aanvraag.persistence.AanvraagLijstRepository;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.OuderContact;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.register.Zoekresultaat;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for arrangements and TLVs. Who sees a request is decided here, per role: the school its
 * own, the SWV's care staff all, an expert the ones they were asked to advise on, a commission
 * member those on an agenda, a parent their own child's. Every read and change is audit-logged.
 */
@Service
public class Aanvragen {

    public record Detail(Aanvraag aanvraag, Leerling leerling, Vestiging school, List<OuderContact> ouders, List<Bijlage> bijlagen,
            String arrangement, String coordinator, Aanvraagbeleid beleid, LocalDate vandaag) {
        public LocalDate beslistermijnTot() {
            return aanvraag.beslistermijnTot(beleid);
        }

        public boolean beslistermijnOverschreden() {
            return aanvraag.beslistermijnOverschreden(vandaag, beleid);
        }
    }

    static final long MAXIMALE_BIJLAGE = 10L * 1024 * 1024;
    static final Map<String, String> TOEGESTANE_BIJLAGEN = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "doc", "application/msword",
            "odt", "application/vnd.oasis.opendocument.text");

    private final AanvraagRepository repository;
    private final AanvraagLijstRepository lijsten;
    private final AanvraagGegevensRepository gegevens;
    private final Leerlingen leerlingen;
    private final Register register;
    private final Besluitbrief brief;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock klok;

    Aanvragen(AanvraagRepository repository, AanvraagLijstRepository lijsten, AanvraagGegevensRepository gegevens, Leerlingen leerlingen, Register register, Besluitbrief brief,
            AuditLog auditLog, ApplicationEventPublisher events, Clock klok) {
        this.repository = repository;
        this.lijsten = lijsten;
        this.gegevens = gegevens;
        this.leerlingen = leerlingen;
        this.register = register;
        this.brief = brief;
        this.auditLog = auditLog;
        this.events = events;
        this.klok = klok;
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    // ---- reading one request

    @Transactional(readOnly = true)
    public Detail detail(SwvCode swv, long id, Gebruiker kijker) {
        var aanvraag = zichtbaar(swv, id, kijker);
        var leerling = leerlingen.vind(swv, aanvraag.leerlingId()).orElseThrow();
        var soorten = gegevens.arrangementsoorten(swv).stream().collect(Collectors.toMap(Arrangementsoort::id, Arrangementsoort::naam));
        var coordinator = aanvraag.coordinatorId() == null ? null
                : repository.gebruikersnamen(List.of(aanvraag.coordinatorId())).get(aanvraag.coordinatorId());
        auditLog.lezen(swv.waarde(), "aanvraag", String.valueOf(id), "aanvraag bekeken");
        return new Detail(aanvraag, leerling, register.vestiging(aanvraag.vestigingId()).orElseThrow(), leerlingen.ouders(swv, leerling.id()),
                gegevens.bijlagen(swv, id), aanvraag.arrangementsoortId() == null ? null : soorten.get(aanvraag.arrangementsoortId()),
                coordinator, beleid(swv), vandaag());
    }

    @Transactional(readOnly = true)
    public byte[] besluitbrief(SwvCode swv, long id, int volgnummer, Gebruiker kijker) {
        var aanvraag = zichtbaar(swv, id, kijker);
        var besluit = aanvraag.besluiten().stream().filter(b -> b.volgnummer() == volgnummer).findFirst()
                .orElseThrow(() -> new NietGevondenException("dit besluit bestaat niet"));
        var leerling = leerlingen.vind(swv, aanvraag.leerlingId()).orElseThrow();
        var arrangement = besluit.arrangementsoortId() == null ? null : gegevens.arrangementsoorten(swv).stream()
                .filter(s -> s.id() == besluit.arrangementsoortId()).map(Arrangementsoort::naam).findFirst().orElse(null);
        auditLog.lezen(swv.waarde(), "besluit", id + "/" + volgnummer, "besluitbrief gedownload");
        return brief.maak(aanvraag, besluit, leerling, register.vestiging(aanvraag.vestigingId()).orElseThrow(),
                register.bestaandSamenwerkingsverband(swv), arrangement);
    }

    @Transactional(readOnly = true)
    public byte[] bijlage(SwvCode swv, long id, long bijlage, Gebruiker kijker) {
        zichtbaar(swv, id, kijker);
        auditLog.lezen(swv.waarde(), "bijlage", String.valueOf(bijlage), "bijlage gedownload");
        return gegevens.bijlageInhoud(swv, id, bijlage).orElseThrow(() -> new NietGevondenException("deze bijlage bestaat niet"));
    }

    // ---- the school's steps

    @Transactional
    public long maakConcept(SwvCode swv, long vestigingId, long leerlingId, Aanvraagsoort soort, Long verlengingVan) {
        var school = register.vestiging(vestigingId).filter(v -> v.swv().equals(swv))
                .orElseThrow(() -> new NietGevondenException("vestiging %d hoort niet bij %s".formatted(vestigingId, swv)));
        var leerling = leerlingen.vind(swv, leerlingId).orElseThrow(() -> new NietGevondenException("deze leerling is onbekend"));
        if (leerling.vestigingId() == null || leerling.vestigingId() != school.id()) {
            throw new OngeldigeInvoerException("een school vraagt alleen ondersteuning aan voor haar eigen leerlingen");
        }
        if (verlengingVan != null) {
            var oud = repository.findById(swv, verlengingVan).filter(a -> a.leerlingId() == leerlingId && a.soort() == soort)
                    .orElseThrow(() -> new OngeldigeInvoerException("een verlenging hoort bij een eerdere aanvraag van dezelfde soort voor deze leerling"));
            if (oud.huidigBesluit().filter(b -> b.uitkomst().isToegekend()).isEmpty()) {
                throw new OngeldigeInvoerException("alleen een toegekend arrangement of toegekende TLV kan worden verlengd");
            }
        }
        long id = repository.insert(Aanvraag.concept(swv, vestigingId, leerlingId, soort, verlengingVan));
        auditLog.schrijven(swv.waarde(), "aanvraag", String.valueOf(id), "concept aangemaakt: " + soort.omschrijving());
        return id;
    }

    @Transactional
    public void wijzigInhoud(SwvCode swv, long id, int versie, Gebruiker door, String vraag, String behoeften, String geprobeerd, String opp,
            Long arrangementsoort) {
        alleen(door, "de school", AanvraagToegang::isSchool);
        if (arrangementsoort != null && gegevens.arrangementsoorten(swv).stream().noneMatch(s -> s.id() == arrangementsoort && s.actief())) {
            throw new OngeldigeInvoerException("dit arrangement staat niet in de catalogus van het samenwerkingsverband");
        }
        wijzig(swv, id, versie, door, "inhoud gewijzigd", a -> a.wijzigInhoud(vraag, behoeften, geprobeerd, opp, arrangementsoort));
    }

    @Transactional
    public void legZienswijzeVast(SwvCode swv, long id, int versie, Gebruiker door, String zienswijze, boolean akkoord) {
        alleen(door, "de school of de ouders", g -> AanvraagToegang.isSchool(g) || g.heeftRol(Rol.OUDER));
        wijzig(swv, id, versie, door, "zienswijze ouders vastgelegd", a -> a.legZienswijzeVast(zienswijze, akkoord));
    }

    @Transactional
    public void dienIn(SwvCode swv, long id, int versie, Gebruiker door) {
        alleen(door, "de school", AanvraagToegang::isSchool);
        var aanvraag = zichtbaar(swv, id, door);
        if (aanvraag.soort().isTlv()) {
            var bevoegd = bevoegdSwv(swv, aanvraag);
            if (!bevoegd.equals(swv.waarde())) {
                throw new OngeldigeInvoerException("het samenwerkingsverband van de woonplaats van de leerling is bevoegd: dien de aanvraag in bij "
                        + bevoegd + " (woonplaatsbeginsel)");
            }
        }
        wijzig(swv, id, versie, door, "aanvraag ingediend", a -> a.dienIn(vandaag()));
        events.publishEvent(new Bericht(gegevens.emailsVanCoordinatoren(swv), "Nieuwe aanvraag in Thuisnabij",
                "Er is een nieuwe aanvraag (%s) ingediend. Log in op Thuisnabij om haar te behandelen. Kenmerk: %s-%d."
                        .formatted(aanvraag.soort().omschrijving(), swv, id)));
    }

    @Transactional
    public void vulAan(SwvCode swv, long id, int versie, Gebruiker door) {
        alleen(door, "de school", AanvraagToegang::isSchool);
        wijzig(swv, id, versie, door, "aanvulling geleverd", Aanvraag::vulAan);
    }

    @Transactional
    public void trekIn(SwvCode swv, long id, int versie, Gebruiker door) {
        alleen(door, "de school of de behandelaar van het samenwerkingsverband", g -> AanvraagToegang.isSchool(g) || AanvraagToegang.isBehandelaar(g));
        wijzig(swv, id, versie, door, "aanvraag ingetrokken", Aanvraag::trekIn);
    }

    @Transactional
    public void voegBijlageToe(SwvCode swv, long id, Gebruiker door, String bestandsnaam, byte[] inhoud) {
        alleen(door, "de school", AanvraagToegang::isSchool);
        var aanvraag = zichtbaar(swv, id, door);
        if (!aanvraag.status().isOpen()) {
            throw new OngeldigeInvoerException("bijlagen horen bij een lopende aanvraag");
        }
        var naam = bestandsnaam == null ? "" : bestandsnaam.replaceAll("[\\\\/]", "_").strip();
        var extensie = naam.contains(".") ? naam.substring(naam.lastIndexOf('.') + 1).toLowerCase() : "";
        var mediatype = TOEGESTANE_BIJLAGEN.get(extensie);
        if (mediatype == null) {
            throw new OngeldigeInvoerException("bestand '%s' is niet toegestaan: alleen PDF, Word (doc, docx), Excel (xlsx) en OpenDocument (odt)"
                    .formatted(naam));
        }
        if (inhoud.length == 0 || inhoud.length > MAXIMALE_BIJLAGE) {
            throw new OngeldigeInvoerException("een bijlage is niet leeg en ten hoogste 10 MB");
        }
        if (!inhoudPastBij(extensie, inhoud)) {
            throw new OngeldigeInvoerException("de inhoud van '%s' past niet bij een .%s-bestand".formatted(naam, extensie));
        }
        long bijlage = gegevens.saveBijlage(id, swv, naam, mediatype, inhoud, sha256(inhoud), door.getUsername());
        auditLog.schrijven(swv.waarde(), "bijlage", String.valueOf(bijlage), "bijlage toegevoegd aan aanvraag " + id);
    }

    /** The first bytes must match the claimed kind, so a renamed executable is refused. */
    static boolean inhoudPastBij(String extensie, byte[] inhoud) {
        return switch (extensie) {
            case "pdf" -> begintMet(inhoud, new byte[] {'%', 'P', 'D', 'F', '-'});
            case "docx", "xlsx", "odt" -> begintMet(inhoud, new byte[] {'P', 'K', 3, 4});
            case "doc" -> begintMet(inhoud, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            default -> false;
        };
    }

    private static boolean begintMet(byte[] inhoud, byte[] kop) {
        if (inhoud.length < kop.length) {
            return false;
        }
        for (int i = 0; i < kop.length; i++) {
            if (inhoud[i] != kop[i]) {
                return false;
            }
        }
        return true;
    }

    // ---- the SWV's steps

    @Transactional
    public void neemInBehandeling(SwvCode swv, long id, int versie, Gebruiker coordinator) {
        alleen(coordinator, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        wijzig(swv, id, versie, coordinator, "in behandeling genomen door " + coordinator.naam(), a -> a.neemInBehandeling(coordinator.id()));
    }

    @Transactional
    public void vraagAanvulling(SwvCode swv, long id, int versie, Gebruiker door, String gevraagd) {
        alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        var deadline = vandaag().plusDays(beleid(swv).aanvullingDagen());
        var aanvraag = wijzig(swv, id, versie, door, "aanvulling gevraagd", a -> a.vraagAanvulling(gevraagd, deadline, vandaag()));
        events.publishEvent(new Bericht(gegevens.emailsVanSchool(aanvraag.vestigingId()), "Aanvulling gevraagd op uw aanvraag",
                "Het samenwerkingsverband vraagt een aanvulling op aanvraag %s-%d, uiterlijk %s. Log in op Thuisnabij voor de vraag."
                        .formatted(swv, id, deadline)));
    }

    @Transactional
    public void vraagAdvies(SwvCode swv, long id, int versie, Gebruiker door, long eerste, long tweede) {
        alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        var namen = repository.gebruikersnamen(List.of(eerste, tweede));
        if (namen.size() < 2) {
            throw new OngeldigeInvoerException("kies twee deskundigen van het samenwerkingsverband");
        }
        wijzig(swv, id, versie, door, "deskundigenadvies gevraagd", a -> a.vraagAdvies(eerste, tweede));
        events.publishEvent(new Bericht(List.of(gegevens.emailVan(eerste).orElse(""), gegevens.emailVan(tweede).orElse("")),
                "Uw advies gevraagd", "U bent gevraagd om advies over aanvraag %s-%d. Log in op Thuisnabij.".formatted(swv, id)));
    }

    @Transactional
    public void geefAdvies(SwvCode swv, long id, int versie, Gebruiker deskundige, Deskundigheid deskundigheid, boolean positief,
            String motivering, boolean onafhankelijk) {
        if (!deskundige.heeftRol(Rol.DESKUNDIGE)) {
            throw new AccessDeniedException("alleen een deskundige geeft advies");
        }
        wijzig(swv, id, versie, deskundige, "deskundigenadvies gegeven", a -> a.voegAdviesToe(deskundige.id(), deskundige.naam(), deskundigheid,
                positief, motivering, vandaag(), onafhankelijk));
    }

    @Transactional
    public void agendeer(SwvCode swv, long id, int versie, Gebruiker door, long vergadering) {
        alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        if (gegevens.vergaderingen(swv).stream().noneMatch(v -> v.id() == vergadering)) {
            throw new NietGevondenException("deze vergadering hoort niet bij " + swv);
        }
        wijzig(swv, id, versie, door, "geagendeerd voor vergadering " + vergadering, a -> a.agendeer(vergadering));
    }

    @Transactional
    public void neemBesluit(SwvCode swv, long id, int versie, Gebruiker door, BesluitInvoer invoer) {
        alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        var aanvraag = wijzig(swv, id, versie, door, "besluit: " + invoer.uitkomst().omschrijving(),
                a -> a.neemBesluit(besluit(swv, a, invoer, door, "aanvraag"), beleid(swv)));
        meldBesluit(aanvraag);
    }

    @Transactional
    public void dienBezwaarIn(SwvCode swv, long id, Gebruiker door, Bezwaar.Indiener indiener, String gronden) {
        alleen(door, "de school, de ouders of het samenwerkingsverband", g -> AanvraagToegang.isSchool(g) || AanvraagToegang.isBehandelaar(g) || g.heeftRol(Rol.OUDER));
        var aanvraag = zichtbaar(swv, id, door);
        wijzig(swv, id, aanvraag.versie(), door, "bezwaar ingediend door " + indiener.name().toLowerCase(),
                a -> a.dienBezwaarIn(indiener, gronden, vandaag()));
    }

    @Transactional
    public void vraagLbtAdvies(SwvCode swv, long id, int versie, Gebruiker door) {
        alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        wijzig(swv, id, versie, door, "advies LBT gevraagd", a -> a.vraagLbtAdvies(vandaag()));
    }

    @Transactional
    public void registreerLbtAdvies(SwvCode swv, long id, int versie, Gebruiker door, String advies) {
        alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        wijzig(swv, id, versie, door, "advies LBT vastgelegd", a -> a.registreerLbtAdvies(advies, vandaag()));
    }

    @Transactional
    public void beslisOpBezwaar(SwvCode swv, long id, int versie, Gebruiker door, boolean gegrond, String toelichting, BesluitInvoer nieuw) {
        alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        var aanvraag = wijzig(swv, id, versie, door, "beslissing op bezwaar: " + (gegrond ? "gegrond" : "ongegrond"),
                a -> a.beslisOpBezwaar(gegrond, toelichting, gegrond ? besluit(swv, a, nieuw, door, "beslissing op bezwaar") : null, vandaag(),
                        beleid(swv)));
        if (gegrond) {
            meldBesluit(aanvraag);
        }
    }

    // ---- DUO registration

    public record DuoRegel(Aanvraag aanvraag, Leerling leerling, Besluit besluit) {
    }

    /** Granted TLVs not yet registered with DUO; those lacking a BSN or onderwijsnummer cannot go yet. */
    @Transactional(readOnly = true)
    public List<DuoRegel> teRegistreren(SwvCode swv) {
        var aanvragen = repository.findByIds(swv, lijsten.tlvsTeRegistreren(swv));
        var kinderen = leerlingen.vindAlle(swv, aanvragen.stream().map(Aanvraag::leerlingId).toList(), "TLV-register");
        return aanvragen.stream().map(a -> new DuoRegel(a, kinderen.get(a.leerlingId()), a.huidigBesluit().orElseThrow())).toList();
    }

    @Transactional
    public String exporteerNaarDuo(SwvCode swv, Gebruiker door) {
        alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        var regels = teRegistreren(swv).stream().filter(r -> r.leerling().persoonsnummer() != null).toList();
        if (regels.isEmpty()) {
            throw new OngeldigeInvoerException("er zijn geen toegekende TLV's met BSN of onderwijsnummer die nog niet bij DUO zijn geregistreerd");
        }
        var csv = DuoTlvExport.csv(swv, regels);
        var besluitIds = new ArrayList<Long>();
        for (var regel : regels) {
            besluitIds.add(repository.besluitId(regel.aanvraag().id(), regel.besluit().volgnummer()).orElseThrow());
            wijzig(swv, regel.aanvraag().id(), regel.aanvraag().versie(), door, "geregistreerd bij DUO", Aanvraag::registreerBijDuo);
        }
        long export = gegevens.saveDuoExport(swv, door.getUsername(), besluitIds, csv);
        auditLog.lezen(swv.waarde(), "duo-export", String.valueOf(export), "TLV-export voor DUO gemaakt met %d TLV('s)".formatted(regels.size()));
        return csv;
    }

    @Transactional(readOnly = true)
    public List<AanvraagGegevensRepository.DuoExport> duoExports(SwvCode swv) {
        return gegevens.duoExports(swv);
    }

    @Transactional(readOnly = true)
    public String duoExport(SwvCode swv, long export) {
        auditLog.lezen(swv.waarde(), "duo-export", String.valueOf(export), "TLV-export voor DUO opnieuw gedownload");
        return gegevens.duoExportInhoud(swv, export).orElseThrow(() -> new NietGevondenException("deze export bestaat niet"));
    }

    // ---- commission, policy, catalogue

    @Transactional(readOnly = true)
    public List<Commissievergadering> vergaderingen(SwvCode swv) {
        return gegevens.vergaderingen(swv);
    }

    @Transactional
    public long planVergadering(SwvCode swv, LocalDate datum) {
        if (datum == null) {
            throw new OngeldigeInvoerException("vul de datum van de vergadering in");
        }
        long id = gegevens.nieuweVergadering(swv, datum);
        auditLog.schrijven(swv.waarde(), "commissievergadering", String.valueOf(id), "vergadering gepland op " + datum);
        return id;
    }

    @Transactional
    public void registreerAanwezige(SwvCode swv, long vergadering, long gebruiker, String rol) {
        vergadering(swv, vergadering);
        if (rol == null || rol.isBlank()) {
            throw new OngeldigeInvoerException("vul de rol van de aanwezige in, bijvoorbeeld voorzitter of deskundige");
        }
        gegevens.voegAanwezigeToe(vergadering, gebruiker, rol.trim());
        auditLog.schrijven(swv.waarde(), "commissievergadering", String.valueOf(vergadering), "aanwezige geregistreerd");
    }

    @Transactional
    public void legNotulenVast(SwvCode swv, long vergadering, int versie, String notulen) {
        vergadering(swv, vergadering);
        if (!gegevens.saveNotulen(swv, vergadering, notulen, versie)) {
            throw new GelijktijdigeWijzigingException("Iemand anders heeft de notulen intussen gewijzigd. Uw tekst is niet opgeslagen.");
        }
        auditLog.schrijven(swv.waarde(), "commissievergadering", String.valueOf(vergadering), "notulen vastgelegd");
    }

    private Commissievergadering vergadering(SwvCode swv, long id) {
        return gegevens.vergaderingen(swv).stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new NietGevondenException("deze vergadering hoort niet bij " + swv));
    }

    @Transactional(readOnly = true)
    public Aanvraagbeleid beleid(SwvCode swv) {
        return gegevens.beleid(swv).orElse(Aanvraagbeleid.standaard());
    }

    @Transactional
    public void wijzigBeleid(SwvCode swv, Aanvraagbeleid beleid) {
        gegevens.saveBeleid(swv, beleid);
        auditLog.schrijven(swv.waarde(), "aanvraagbeleid", swv.waarde(), "beleid gewijzigd: " + beleid);
    }

    @Transactional(readOnly = true)
    public List<Arrangementsoort> arrangementsoorten(SwvCode swv) {
        return gegevens.arrangementsoorten(swv);
    }

    @Transactional
    public void voegArrangementsoortToe(SwvCode swv, String naam, BigDecimal uurtarief) {
        if (naam == null || naam.isBlank() || uurtarief == null || uurtarief.signum() < 0) {
            throw new OngeldigeInvoerException("een arrangement heeft een naam en een uurtarief van ten minste € 0");
        }
        if (gegevens.arrangementsoorten(swv).stream().anyMatch(s -> s.naam().equalsIgnoreCase(naam.trim()))) {
            throw new OngeldigeInvoerException("arrangement '%s' staat al in de catalogus".formatted(naam.trim()));
        }
        gegevens.voegArrangementsoortToe(swv, naam.trim(), uurtarief.setScale(2, RoundingMode.HALF_UP));
        auditLog.schrijven(swv.waarde(), "arrangementsoort", naam.trim(), "arrangement toegevoegd aan de catalogus");
    }

    // ---- internals

    private Besluit besluit(SwvCode swv, Aanvraag a, BesluitInvoer invoer, Gebruiker door, String aanleiding) {
        if (invoer == null || invoer.uitkomst() == null) {
            throw new OngeldigeInvoerException("kies de uitkomst van het besluit");
        }
        if (a.soort().isTlv()) {
            return new Besluit(0, a.volgendBesluitnummer(), invoer.uitkomst(), invoer.motivering(), vandaag(), door.naam(), aanleiding, null, null,
                    null, null, invoer.uitkomst().isToegekend() ? a.soort().tlvSoort() : null, invoer.categorie(), bevoegdSwv(swv, a),
                    invoer.startdatum(), invoer.einddatum());
        }
        var soort = gegevens.arrangementsoorten(swv).stream().filter(s -> s.id() == (a.arrangementsoortId() == null ? -1 : a.arrangementsoortId()))
                .findFirst().orElse(null);
        var tarief = soort == null ? null : soort.uurtarief();
        var bedrag = invoer.uren() != null && tarief != null ? invoer.uren().multiply(tarief).setScale(2, RoundingMode.HALF_UP) : invoer.bedrag();
        return new Besluit(0, a.volgendBesluitnummer(), invoer.uitkomst(), invoer.motivering(), vandaag(), door.naam(), aanleiding,
                a.arrangementsoortId(), invoer.uren(), invoer.uren() == null ? null : tarief, bedrag, null, null, null, invoer.startdatum(),
                invoer.einddatum());
    }

    /** The SWV of the pupil's home postcode for the TLV's sector (woonplaatsbeginsel). */
    private String bevoegdSwv(SwvCode swv, Aanvraag a) {
        var leerling = leerlingen.vind(swv, a.leerlingId()).orElseThrow();
        return switch (register.zoekOpPostcode(leerling.postcode().pc4())) {
            case Zoekresultaat.Gevonden gevonden -> gevonden.samenwerkingsverbanden().stream()
                    .filter(s -> s.sector() == a.soort().sector()).map(s -> s.code().waarde()).findFirst()
                    .orElseThrow(() -> new OngeldigeInvoerException("voor het woonadres van de leerling is geen samenwerkingsverband gevonden"));
            default -> throw new OngeldigeInvoerException("voor het woonadres van de leerling is geen samenwerkingsverband gevonden");
        };
    }

    private void meldBesluit(Aanvraag aanvraag) {
        var besluit = aanvraag.huidigBesluit().orElseThrow();
        if (besluit.uitkomst().isToegekend()) {
            if (besluit.isTlv()) {
                events.publishEvent(new TlvToegekend(aanvraag.id(), aanvraag.swv().waarde(), besluit.tlvSoort(), besluit.categorie(),
                        besluit.startdatum(), besluit.einddatum(), besluit.volgnummer()));
            } else {
                events.publishEvent(new ArrangementToegekend(aanvraag.id(), aanvraag.swv().waarde(), aanvraag.vestigingId(),
                        besluit.arrangementsoortId(), besluit.bedrag(), besluit.startdatum(), besluit.einddatum(), besluit.volgnummer()));
            }
        }
        var ontvangers = new ArrayList<>(gegevens.emailsVanSchool(aanvraag.vestigingId()));
        leerlingen.ouders(aanvraag.swv(), aanvraag.leerlingId()).forEach(o -> ontvangers.add(o.email()));
        events.publishEvent(new Bericht(ontvangers, "Besluit op aanvraag " + aanvraag.swv() + "-" + aanvraag.id(),
                "Het samenwerkingsverband heeft besloten op aanvraag %s-%d. U vindt de besluitbrief, met de mogelijkheid van bezwaar, in Thuisnabij."
                        .formatted(aanvraag.swv(), aanvraag.id())));
    }

    private Aanvraag zichtbaar(SwvCode swv, long id, Gebruiker kijker) {
        var aanvraag = repository.findById(swv, id).orElseThrow(() -> new NietGevondenException("aanvraag %d bestaat niet".formatted(id)));
        var leerling = leerlingen.vind(swv, aanvraag.leerlingId()).orElse(null);
        if (!AanvraagToegang.magZien(kijker, aanvraag, leerling)) {
            auditLog.geweigerd(swv.waarde(), "aanvraag", String.valueOf(id), "geen toegang tot deze aanvraag");
            throw new AccessDeniedException("geen toegang tot deze aanvraag");
        }
        return aanvraag;
    }

    private Aanvraag wijzig(SwvCode swv, long id, int versie, Gebruiker door, String omschrijving, Consumer<Aanvraag> stap) {
        var aanvraag = zichtbaar(swv, id, door);
        if (aanvraag.versie() != versie) {
            throw gelijktijdig();
        }
        stap.accept(aanvraag);
        if (!repository.update(aanvraag, door.getUsername())) {
            throw gelijktijdig();
        }
        auditLog.schrijven(swv.waarde(), "aanvraag", String.valueOf(id), omschrijving);
        return aanvraag;
    }

    /** Each step belongs to a role; the web layer offers it only to them, and the service refuses anyone else. */
    private static void alleen(Gebruiker door, String wie, java.util.function.Predicate<Gebruiker> mag) {
        if (!mag.test(door)) {
            throw new AccessDeniedException("deze stap is voorbehouden aan " + wie);
        }
    }

    private static GelijktijdigeWijzigingException gelijktijdig() {
        return new GelijktijdigeWijzigingException(
                "Iemand anders heeft deze aanvraag intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de nieuwe stand en probeer het opnieuw.");
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
