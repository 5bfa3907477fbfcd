package nl.thuisnabij.demo;

import java.time.Clock;
import java.time.LocalDate;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.thuiszitter.Thuiszittercijfers;
import nl.thuisnabij.thuiszitter.Thuiszitters;
import nl.thuisnabij.thuiszitter.Verzuimreden;
import nl.thuisnabij.thuiszitter.Verzuimsoort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo thuiszitters in Amsterdam-Diemen: a case in every duration group, one escalated, one solved,
 * an exemption, a child at no school, one living in Diemen (which Amsterdam's leerplicht does not
 * see), and one of the demo parent's children, whose consent for youth care is not yet given.
 */
@Component
class DemoThuiszitters {

    private final Thuiszitters thuiszitters;
    private final Thuiszittercijfers cijfers;
    private final Leerlingen leerlingen;
    private final Register register;
    private final Gebruikers gebruikers;
    private final Clock klok;

    DemoThuiszitters(Thuiszitters thuiszitters, Thuiszittercijfers cijfers, Leerlingen leerlingen, Register register, Gebruikers gebruikers, Clock klok) {
        this.thuiszitters = thuiszitters;
        this.cijfers = cijfers;
        this.leerlingen = leerlingen;
        this.register = register;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    boolean isGeladen() {
        var telling = cijfers.vanSwv(DemoData.AMSTERDAM_PO);
        return telling.opgelost() + telling.perSoort().values().stream().mapToInt(Integer::intValue).sum() > 0;
    }

    @Transactional
    public void laad() {
        var vandaag = LocalDate.now(klok);
        var ib = gebruikers.loadUserByUsername("ib");
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        long school = ib.vestigingId();
        long andereSchool = register.vestigingen(DemoData.AMSTERDAM_PO).stream()
                .filter(v -> v.soort() == Schoolsoort.BO && v.id() != school).findFirst().orElseThrow().id();

        long emma = leerling("Emma", "Visser", "1017AB", school);
        leerlingen.koppelOuderaccount(DemoData.AMSTERDAM_PO, emma, gebruikers.loadUserByUsername("ouder").id());
        long recent = meld(ib, emma, Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Verzuimreden.PSYCHISCH, vandaag.minusWeeks(2));
        thuiszitters.legPlanVast(recent, thuiszitters.zaak(recent, ib).zaak().versie(), "Twee ochtenden per week les op school met een vaste begeleider", "Intern begeleider",
                vandaag.plusWeeks(2), ib);
        meld(ib, leerling("Daan", "Smit", "1053AB", school), Verzuimsoort.DREIGEND, Verzuimreden.ONDERWIJSAANBOD_PAST_NIET,
                vandaag.minusWeeks(6));
        meld(ib, leerling("Liam", "Bos", "1062AB", school), Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Verzuimreden.WACHTEN_OP_ZORG,
                vandaag.minusMonths(5));
        meld(coordinator, leerling("Yara", "Meijer", "1102AB", null), Verzuimsoort.ABSOLUUT_VERZUIM, Verzuimreden.GEEN_PLEK,
                vandaag.minusWeeks(8));
        long opgelost = meld(coordinator, leerling("Finn", "de Wit", "1071AB", andereSchool), Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM,
                Verzuimreden.GEDRAG, vandaag.minusWeeks(10));
        thuiszitters.losOp(opgelost, thuiszitters.zaak(opgelost, coordinator).zaak().versie(), "Sinds vorige week weer volledig naar school, met een arrangement gedrag", coordinator);
        meld(coordinator, leerling("Mila", "Mulder", "1081AB", andereSchool), Verzuimsoort.VRIJSTELLING_5A, Verzuimreden.LICHAMELIJK,
                vandaag.minusMonths(4));
        meld(coordinator, leerling("Noah", "Kok", "1111AB", andereSchool), Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Verzuimreden.THUISSITUATIE,
                vandaag.minusWeeks(5));
        thuiszitters.escaleerVerlopen(vandaag);
    }

    private long leerling(String voornaam, String achternaam, String postcode, Long school) {
        var geboren = LocalDate.now(klok).minusYears(9).minusMonths(voornaam.length());
        long id = leerlingen.registreer(DemoData.AMSTERDAM_PO, new NieuweLeerling(voornaam, achternaam, geboren, Postcode.volledig(postcode), null));
        if (school != null) {
            leerlingen.schrijfIn(DemoData.AMSTERDAM_PO, id, school, LocalDate.now(klok).minusYears(2));
        }
        return id;
    }

    private long meld(Gebruiker door, long leerling, Verzuimsoort soort, Verzuimreden reden, LocalDate sinds) {
        return thuiszitters.meld(DemoData.AMSTERDAM_PO, leerling, soort, reden, sinds, door);
    }
}
