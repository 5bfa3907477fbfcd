package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.persistence.AanvraagLijstRepository;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Tijdlijn;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Samenwerkingsverband;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Datumnotatie;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's view of the requests for their children: submitted, each decision, and what comes
 * next — the decision by the end of the term, or the last day to object.
 */
@Component
class AanvraagTijdlijn implements Tijdlijn {

    private final AanvraagLijstRepository lijsten;
    private final AanvraagRepository aanvragen;
    private final Aanvraaginstellingen instellingen;
    private final Gebruikers gebruikers;
    private final Register register;

    AanvraagTijdlijn(AanvraagLijstRepository lijsten, AanvraagRepository aanvragen, Aanvraaginstellingen instellingen,
            Gebruikers gebruikers, Register register) {
        this.lijsten = lijsten;
        this.aanvragen = aanvragen;
        this.instellingen = instellingen;
        this.gebruikers = gebruikers;
        this.register = register;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> vanKinderen(Gebruiker ouder, List<Leerling> kinderen, LocalDate vandaag) {
        var eigen = kinderen.stream().filter(l -> l.heeftOuderaccount(ouder.id())).map(Leerling::id).toList();
        var ids = lijsten.vanLeerlingen(eigen).stream().map(Aanvraagregel.Kern::id).toList();
        var momenten = new ArrayList<Moment>();
        var gevonden = aanvragen.findByIds(ids);
        // the coordinators' names, each SWV and its policy read once for all the requests, not per request
        var behandelaars = gebruikers.namen(gevonden.stream().map(Aanvraag::coordinatorId).filter(Objects::nonNull).collect(Collectors.toSet()));
        var swvs = new HashMap<SwvCode, Samenwerkingsverband>();
        var beleid = new HashMap<SwvCode, Aanvraagbeleid>();
        for (var aanvraag : gevonden) {
            var link = "/ouder/aanvragen/%s/%d".formatted(aanvraag.swv().waarde(), aanvraag.id());
            var swv = swvs.computeIfAbsent(aanvraag.swv(), register::bestaandSamenwerkingsverband);
            var behandelaar = aanvraag.coordinatorId() == null ? null : behandelaars.get(aanvraag.coordinatorId());
            var contact = (behandelaar == null ? "" : behandelaar + ", ") + swv.weergavenaam()
                    + (swv.contact().telefoon() == null ? "" : ", telefoon " + swv.contact().telefoon());
            var soort = aanvraag.soort().omschrijving();
            if (aanvraag.oudersUitgenodigdOp() != null && aanvraag.zienswijzeOudersOp() == null && aanvraag.status() == AanvraagStatus.CONCEPT) {
                momenten.add(new Moment(aanvraag.leerlingId(), aanvraag.oudersUitgenodigdOp(), "De school vraagt wat u vindt van een aanvraag ("
                        + soort + "). Lees de aanvraag en geef uw zienswijze.", true, link, contact));
            }
            if (aanvraag.zienswijzeOudersOp() != null) {
                momenten.add(new Moment(aanvraag.leerlingId(), aanvraag.zienswijzeOudersOp(), "U hebt uw zienswijze gegeven over de aanvraag (" + soort
                        + ").", false, link, contact));
            }
            if (aanvraag.ingediendOp() != null) {
                momenten.add(new Moment(aanvraag.leerlingId(), aanvraag.ingediendOp(), "De school heeft een aanvraag gedaan: " + soort + ".", false, link,
                        contact));
            }
            for (var besluit : aanvraag.besluiten()) {
                momenten.add(new Moment(aanvraag.leerlingId(), besluit.beslotenOp(), "Het samenwerkingsverband heeft besloten over de aanvraag ("
                        + soort + "): " + besluit.uitkomst().omschrijving() + ".", false, link, contact));
            }
            aanvraag.huidigBesluit().filter(b -> b.uitkomst().isBesluitOpAanvraag() && !b.bezwaarTermijnTot().isBefore(vandaag))
                    .ifPresent(b -> momenten.add(new Moment(aanvraag.leerlingId(), b.bezwaarTermijnTot(),
                            "Bent u het niet eens met het besluit? U kunt bezwaar maken tot en met " + Datumnotatie.lang(b.bezwaarTermijnTot()) + ".",
                            true, link, contact)));
            if (aanvraag.status().isOpen() && aanvraag.ingediendOp() != null) {
                var uiterlijk = aanvraag.beslistermijnTot(beleid.computeIfAbsent(aanvraag.swv(), instellingen::beleid));
                momenten.add(new Moment(aanvraag.leerlingId(), uiterlijk, "Het samenwerkingsverband besluit over de aanvraag (" + soort
                        + ") uiterlijk " + Datumnotatie.lang(uiterlijk) + ".", true, link, contact));
            }
        }
        return momenten;
    }
}
