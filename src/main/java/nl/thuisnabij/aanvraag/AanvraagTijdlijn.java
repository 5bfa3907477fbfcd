package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisnabij.aanvraag.persistence.AanvraagLijstRepository;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.Tijdlijn;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.shared.Datumnotatie;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's view of the requests for their children: submitted, each decision, and what comes
 * next — the decision by the end of the term, or the last day to object.
 */
@Component
class AanvraagTijdlijn implements Tijdlijn {

    private final Leerlingen leerlingen;
    private final AanvraagLijstRepository lijsten;
    private final AanvraagRepository aanvragen;
    private final Aanvraaginstellingen instellingen;
    private final Gebruikers gebruikers;
    private final Register register;

    AanvraagTijdlijn(Leerlingen leerlingen, AanvraagLijstRepository lijsten, AanvraagRepository aanvragen, Aanvraaginstellingen instellingen,
            Gebruikers gebruikers, Register register) {
        this.leerlingen = leerlingen;
        this.lijsten = lijsten;
        this.aanvragen = aanvragen;
        this.instellingen = instellingen;
        this.gebruikers = gebruikers;
        this.register = register;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moment> vanOuder(Gebruiker ouder, LocalDate vandaag) {
        var kinderen = leerlingen.vanOuder(ouder.id()).stream().map(Leerling::id).toList();
        var ids = lijsten.vanLeerlingen(kinderen).stream().map(Aanvraagregel.Kern::id).toList();
        var momenten = new ArrayList<Moment>();
        for (var aanvraag : aanvragen.findByIds(ids)) {
            var link = "/ouder/aanvragen/%s/%d".formatted(aanvraag.swv().waarde(), aanvraag.id());
            var swv = register.bestaandSamenwerkingsverband(aanvraag.swv());
            var behandelaar = aanvraag.coordinatorId() == null ? null : gebruikers.namen(List.of(aanvraag.coordinatorId())).get(aanvraag.coordinatorId());
            var contact = (behandelaar == null ? "" : behandelaar + ", ") + swv.weergavenaam()
                    + (swv.contact().telefoon() == null ? "" : ", telefoon " + swv.contact().telefoon());
            var soort = aanvraag.soort().omschrijving();
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
                var uiterlijk = aanvraag.beslistermijnTot(instellingen.beleid(aanvraag.swv()));
                momenten.add(new Moment(aanvraag.leerlingId(), uiterlijk, "Het samenwerkingsverband besluit over de aanvraag (" + soort
                        + ") uiterlijk " + Datumnotatie.lang(uiterlijk) + ".", true, link, contact));
            }
        }
        return momenten;
    }
}
