package nl.thuisnabij.aanvraag;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.thuisnabij.aanvraag.persistence.AanvraagGegevensRepository;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SWV's steps on a submitted request: taking it on, asking a supplement or expert advice, the
 * agenda, the decision with its letter and mail, and the objection procedure.
 */
@Service
public class Beoordeling {

    private final AanvraagRepository repository;
    private final AanvraagGegevensRepository gegevens;
    private final Aanvraaginstellingen instellingen;
    private final TlvBevoegdheid bevoegdheid;
    private final Leerlingen leerlingen;
    private final Commissie commissie;
    private final Aanvraagwerk werk;
    private final ApplicationEventPublisher events;

    Beoordeling(AanvraagRepository repository, AanvraagGegevensRepository gegevens, Aanvraaginstellingen instellingen,
            TlvBevoegdheid bevoegdheid, Leerlingen leerlingen, Commissie commissie, Aanvraagwerk werk, ApplicationEventPublisher events) {
        this.repository = repository;
        this.gegevens = gegevens;
        this.instellingen = instellingen;
        this.bevoegdheid = bevoegdheid;
        this.leerlingen = leerlingen;
        this.commissie = commissie;
        this.werk = werk;
        this.events = events;
    }

    @Transactional
    public void neemInBehandeling(SwvCode swv, long id, int versie, Gebruiker coordinator) {
        Aanvraagwerk.alleen(coordinator, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        werk.wijzig(swv, id, versie, coordinator, "in behandeling genomen door " + coordinator.naam(), a -> a.neemInBehandeling(coordinator.id()));
    }

    @Transactional
    public void vraagAanvulling(SwvCode swv, long id, int versie, Gebruiker door, String gevraagd) {
        Aanvraagwerk.alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        var deadline = werk.vandaag().plusDays(instellingen.beleid(swv).aanvullingDagen());
        var aanvraag = werk.wijzig(swv, id, versie, door, "aanvulling gevraagd", a -> a.vraagAanvulling(gevraagd, deadline, werk.vandaag()));
        events.publishEvent(new Bericht(gegevens.emailsVanSchool(aanvraag.vestigingId()), "Aanvulling gevraagd op uw aanvraag",
                "Het samenwerkingsverband vraagt een aanvulling op aanvraag %s-%d, uiterlijk %s. Log in op Thuisnabij voor de vraag."
                        .formatted(swv, id, deadline)));
    }

    @Transactional
    public void vraagAdvies(SwvCode swv, long id, int versie, Gebruiker door, long eerste, long tweede) {
        Aanvraagwerk.alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        var namen = repository.gebruikersnamen(List.of(eerste, tweede));
        if (namen.size() < 2) {
            throw new OngeldigeInvoerException("kies twee deskundigen van het samenwerkingsverband");
        }
        werk.wijzig(swv, id, versie, door, "deskundigenadvies gevraagd", a -> a.vraagAdvies(eerste, tweede));
        events.publishEvent(new Bericht(List.of(gegevens.emailVan(eerste).orElse(""), gegevens.emailVan(tweede).orElse("")),
                "Uw advies gevraagd", "U bent gevraagd om advies over aanvraag %s-%d. Log in op Thuisnabij.".formatted(swv, id)));
    }

    @Transactional
    public void geefAdvies(SwvCode swv, long id, int versie, Gebruiker deskundige, Deskundigheid deskundigheid, boolean positief,
            String motivering, boolean onafhankelijk) {
        if (!deskundige.heeftRol(Rol.DESKUNDIGE)) {
            throw new AccessDeniedException("alleen een deskundige geeft advies");
        }
        werk.wijzig(swv, id, versie, deskundige, "deskundigenadvies gegeven", a -> a.voegAdviesToe(deskundige.id(), deskundige.naam(), deskundigheid,
                positief, motivering, werk.vandaag(), onafhankelijk));
    }

    @Transactional
    public void agendeer(SwvCode swv, long id, int versie, Gebruiker door, long vergadering) {
        Aanvraagwerk.alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        if (commissie.vergaderingen(swv).stream().noneMatch(v -> v.id() == vergadering)) {
            throw new NietGevondenException("deze vergadering hoort niet bij " + swv);
        }
        werk.wijzig(swv, id, versie, door, "geagendeerd voor vergadering " + vergadering, a -> a.agendeer(vergadering));
    }

    @Transactional
    public void neemBesluit(SwvCode swv, long id, int versie, Gebruiker door, BesluitInvoer invoer) {
        Aanvraagwerk.alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        var aanvraag = werk.wijzig(swv, id, versie, door, "besluit: " + invoer.uitkomst().omschrijving(),
                a -> a.neemBesluit(besluit(swv, a, invoer, door, "aanvraag"), instellingen.beleid(swv)));
        meldBesluit(aanvraag);
    }

    @Transactional
    public void dienBezwaarIn(SwvCode swv, long id, Gebruiker door, Bezwaar.Indiener indiener, String gronden) {
        Aanvraagwerk.alleen(door, "de school, de ouders of het samenwerkingsverband",
                g -> AanvraagToegang.isSchool(g) || AanvraagToegang.isBehandelaar(g) || g.heeftRol(Rol.OUDER));
        var aanvraag = werk.zichtbaar(swv, id, door);
        werk.wijzig(swv, id, aanvraag.versie(), door, "bezwaar ingediend door " + indiener.name().toLowerCase(),
                a -> a.dienBezwaarIn(indiener, gronden, werk.vandaag()));
    }

    @Transactional
    public void vraagLbtAdvies(SwvCode swv, long id, int versie, Gebruiker door) {
        Aanvraagwerk.alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        werk.wijzig(swv, id, versie, door, "advies LBT gevraagd", a -> a.vraagLbtAdvies(werk.vandaag()));
    }

    @Transactional
    public void registreerLbtAdvies(SwvCode swv, long id, int versie, Gebruiker door, String advies) {
        Aanvraagwerk.alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        werk.wijzig(swv, id, versie, door, "advies LBT vastgelegd", a -> a.registreerLbtAdvies(advies, werk.vandaag()));
    }

    @Transactional
    public void beslisOpBezwaar(SwvCode swv, long id, int versie, Gebruiker door, boolean gegrond, String toelichting, BesluitInvoer nieuw) {
        Aanvraagwerk.alleen(door, "de behandelaar van het samenwerkingsverband", AanvraagToegang::isBehandelaar);
        var aanvraag = werk.wijzig(swv, id, versie, door, "beslissing op bezwaar: " + (gegrond ? "gegrond" : "ongegrond"),
                a -> a.beslisOpBezwaar(gegrond, toelichting, gegrond ? besluit(swv, a, nieuw, door, "beslissing op bezwaar") : null, werk.vandaag(),
                        instellingen.beleid(swv)));
        if (gegrond) {
            meldBesluit(aanvraag);
        }
    }

    private Besluit besluit(SwvCode swv, Aanvraag a, BesluitInvoer invoer, Gebruiker door, String aanleiding) {
        if (invoer == null || invoer.uitkomst() == null) {
            throw new OngeldigeInvoerException("kies de uitkomst van het besluit");
        }
        if (a.soort().isTlv()) {
            return new Besluit(0, a.volgendBesluitnummer(), invoer.uitkomst(), invoer.motivering(), werk.vandaag(), door.naam(), aanleiding,
                    null, null,
                    null, null, invoer.uitkomst().isToegekend() ? a.soort().tlvSoort() : null, invoer.categorie(), bevoegdheid.bevoegdSwv(swv, a),
                    invoer.startdatum(), invoer.einddatum());
        }
        var soort = instellingen.arrangementsoorten(swv).stream().filter(s -> s.id() == (a.arrangementsoortId() == null ? -1 : a.arrangementsoortId()))
                .findFirst().orElse(null);
        var tarief = soort == null ? null : soort.uurtarief();
        var bedrag = invoer.uren() != null && tarief != null ? invoer.uren().multiply(tarief).setScale(2, RoundingMode.HALF_UP) : invoer.bedrag();
        return new Besluit(0, a.volgendBesluitnummer(), invoer.uitkomst(), invoer.motivering(), werk.vandaag(), door.naam(), aanleiding,
                a.arrangementsoortId(), invoer.uren(), invoer.uren() == null ? null : tarief, bedrag, null, null, null, invoer.startdatum(),
                invoer.einddatum());
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
}
