package nl.thuisnabij.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.opp.Doelresultaat;
import nl.thuisnabij.opp.Ondersteuningsdomein;
import nl.thuisnabij.opp.Opps;
import nl.thuisnabij.opp.Uitstroombestemming;
import nl.thuisnabij.register.Postcode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo OPPs at the demo school, one in every state: a draft, one past its six weeks, one waiting
 * for the demo parent's consent, established ones (one with a request, so the SWV sees it), one
 * evaluated whose next version the parents refused, and one ended.
 */
@Component
class DemoOpps {

    private final Opps opps;
    private final Leerlingen leerlingen;
    private final Gebruikers gebruikers;
    private final Clock klok;

    DemoOpps(Opps opps, Leerlingen leerlingen, Gebruikers gebruikers, Clock klok) {
        this.opps = opps;
        this.leerlingen = leerlingen;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    boolean isGeladen() {
        return opps.heeftOpps(DemoData.AMSTERDAM_PO);
    }

    @Transactional
    public void laad() {
        var vandaag = LocalDate.now(klok);
        var ib = gebruikers.loadUserByUsername("ib");
        var ouder = gebruikers.loadUserByUsername("ouder");
        var ouder2 = gebruikers.loadUserByUsername("ouder2");

        long concept = start(ib, leerling(ib, "Bram", "Peters"), vandaag.minusWeeks(2));
        inhoud(concept, ib);
        long fenna = leerlingen.registreer(DemoData.AMSTERDAM_PO, new NieuweLeerling("Fenna", "de Boer", vandaag.minusYears(7),
                Postcode.volledig("1016AB"), null));
        leerlingen.schrijfIn(DemoData.AMSTERDAM_PO, fenna, ib.vestigingId(), vandaag.minusWeeks(8));
        start(ib, fenna, vandaag.minusWeeks(8));

        long wacht = compleet(ib, ouderVan(ib, "Noah", "Kuipers", ouder));
        opps.legOogoVast(wacht, versie(wacht, ib), vandaag, "Ouders, intern begeleider, leerkracht groep 5",
                "Twee keer per week begeleiding buiten de klas; over tien weken bekijken we de voortgang samen.",
                "Wij willen graag dat Noah in zijn eigen klas blijft en daar de hulp krijgt.", ib);

        long iris = compleet(ib, ouderVan(ib, "Iris", "Hendriks", ouder2));
        vaststellen(iris, ib, ouder2);

        long sven = compleet(ib, ouderVan(ib, "Sven", "Jacobs", ouder2));
        vaststellen(sven, ib, ouder2);
        opps.evalueer(sven, versie(sven, ib), vandaag, "Ouders, intern begeleider, leerkracht", Map.of(1, Doelresultaat.DEELS),
                Map.of(1, "Leest nu op AVI E4, nog niet M5."), "Goede vooruitgang; de begeleiding gaat door met meer nadruk op begrijpend lezen.", null, ib);
        opps.beginNieuweVersie(sven, versie(sven, ib), ib);
        opps.voegHandelingToe(sven, versie(sven, ib), "Begrijpend lezen in een groepje van vier", "Remedial teacher", "drie keer per week 30 minuten",
                null, null, ib);
        opps.legOogoVast(sven, versie(sven, ib), vandaag, "Vader, intern begeleider", "Meer begeleiding buiten de klas.", null, ib);
        opps.weigerInstemming(sven, versie(sven, ib), "Sven mist dan te veel van de les in zijn eigen klas.", ouder2);

        long anna = compleet(ib, ouderVan(ib, "Anna", "Maas", ouder2));
        vaststellen(anna, ib, ouder2);
        opps.beeindig(anna, versie(anna, ib), vandaag, "Anna heeft geen extra ondersteuning meer nodig: de basisondersteuning is genoeg.", ib);
    }

    private long leerling(Gebruiker ib, String voornaam, String achternaam) {
        return leerlingen.vanVestiging(DemoData.AMSTERDAM_PO, ib.vestigingId()).stream()
                .filter(l -> l.voornaam().equals(voornaam) && l.achternaam().equals(achternaam)).map(Leerling::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("demoleerling " + voornaam + " " + achternaam + " ontbreekt"));
    }

    private long ouderVan(Gebruiker ib, String voornaam, String achternaam, Gebruiker ouder) {
        long id = leerling(ib, voornaam, achternaam);
        leerlingen.koppelOuderaccount(DemoData.AMSTERDAM_PO, id, ouder.id());
        return id;
    }

    private long start(Gebruiker ib, long leerling, LocalDate ingeschreven) {
        return opps.start(DemoData.AMSTERDAM_PO, ib.vestigingId(), leerling, ingeschreven, false, ib);
    }

    private void inhoud(long opp, Gebruiker ib) {
        opps.wijzigInhoud(opp, versie(opp, ib), Uitstroombestemming.VO_VMBO,
                "De toetsen van de afgelopen twee jaar en het onderzoek van de orthopedagoog wijzen op vmbo kader.",
                "Lezen gaat langzaam; raakt snel afgeleid in een drukke klas.", "Werkt graag met de handen; goede band met de leerkracht; betrokken ouders.",
                null, "Ik wil graag beter leren lezen, dan snap ik de opdrachten.", ib);
    }

    /** A draft with everything the OOGO asks for. */
    private long compleet(Gebruiker ib, long leerling) {
        long opp = start(ib, leerling, LocalDate.now(klok).minusWeeks(3));
        inhoud(opp, ib);
        opps.voegDoelToe(opp, versie(opp, ib), Ondersteuningsdomein.LEREN, "Technisch lezen op het niveau van eind groep 5", "AVI M5",
                LocalDate.now(klok).plusMonths(6), ib);
        opps.voegHandelingToe(opp, versie(opp, ib), "Extra leesbegeleiding met een leesprogramma", "Intern begeleider", "twee keer per week 20 minuten",
                "Leesprogramma en koptelefoon", "Extra handen in de klas", ib);
        return opp;
    }

    private void vaststellen(long opp, Gebruiker ib, Gebruiker ouder) {
        opps.legOogoVast(opp, versie(opp, ib), LocalDate.now(klok), "Ouders, intern begeleider, leerkracht", "Het plan gaat in zoals besproken.",
                "Wij zijn blij met de extra hulp bij het lezen.", ib);
        opps.stemIn(opp, versie(opp, ib), ouder);
    }

    private int versie(long opp, Gebruiker ib) {
        return opps.opp(opp, ib).opp().versie();
    }
}
