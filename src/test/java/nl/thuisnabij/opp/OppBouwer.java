package nl.thuisnabij.opp;

import java.time.LocalDate;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;

/** Builds OPPs through the module's own services, for the school user given: a pupil of its school, and an OPP up to the state asked. */
public final class OppBouwer {

    private final SwvCode swv;
    private final Gebruiker school;
    private final Opps opps;
    private final Leerlingen leerlingen;

    public OppBouwer(SwvCode swv, Gebruiker school, Opps opps, Leerlingen leerlingen) {
        this.swv = swv;
        this.school = school;
        this.opps = opps;
        this.leerlingen = leerlingen;
    }

    /** A pupil enrolled at the school on the given date, with the parent's account linked when given. */
    public long leerling(String voornaam, LocalDate ingeschreven, Gebruiker ouder) {
        long id = leerlingen.registreer(swv, new NieuweLeerling(voornaam, "Opp", LocalDate.now().minusYears(9), Postcode.volledig("1016AB"), null));
        leerlingen.schrijfIn(swv, id, school.vestigingId(), ingeschreven);
        if (ouder != null) {
            leerlingen.koppelOuderaccount(swv, id, ouder.id());
        }
        return id;
    }

    public long begonnen(long leerling, LocalDate ingeschreven) {
        return opps.start(swv, school.vestigingId(), leerling, ingeschreven, false, school);
    }

    /** A draft with everything the OOGO asks for. */
    public long compleet(long leerling) {
        long id = begonnen(leerling, LocalDate.now().minusWeeks(2));
        opps.wijzigInhoud(id, versie(id), Uitstroombestemming.VO_VMBO, "toetsen en onderzoek", "leest langzaam", "gemotiveerd en betrokken ouders", null,
                "ik wil beter lezen", school);
        opps.voegDoelToe(id, versie(id), Ondersteuningsdomein.LEREN, "Technisch lezen op niveau", "AVI M5", LocalDate.now().plusMonths(6), school);
        opps.voegHandelingToe(id, versie(id), "Leesbegeleiding", "Intern begeleider", "twee keer per week", null, null, school);
        return id;
    }

    public long besproken(long leerling) {
        long id = compleet(leerling);
        opps.legOogoVast(id, versie(id), LocalDate.now(), "ouders en IB", "zo afgesproken", "wij doen mee", school);
        return id;
    }

    public long vastgesteld(long leerling, Gebruiker ouder) {
        long id = besproken(leerling);
        opps.stemIn(id, versie(id), ouder);
        return id;
    }

    public int versie(long id) {
        return opps.opp(id, school).opp().versie();
    }
}
