package nl.thuisnabij.opp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Tijdlijn;
import nl.thuisnabij.shared.Datumnotatie;
import org.springframework.stereotype.Component;

/**
 * A parent's view of their children's development plans (OPP): discussed with them, their consent,
 * established, evaluated — and what comes next: their consent now, the yearly evaluation by its day.
 */
@Component
class OppTijdlijn implements Tijdlijn {

    private static final String LINK = "/ouder/opp";

    private final Opplijsten opps;

    OppTijdlijn(Opplijsten opps) {
        this.opps = opps;
    }

    @Override
    public List<Moment> vanKinderen(Gebruiker ouder, List<Leerling> kinderen, LocalDate vandaag) {
        var momenten = new ArrayList<Moment>();
        for (var o : opps.vanKinderen(ouder, kinderen)) {
            long kind = o.leerling().id();
            var contact = o.school().naam();
            for (var v : o.opp().versies()) {
                if (v.oogoOp() != null) {
                    momenten.add(new Moment(kind, v.oogoOp(), "De school heeft het ontwikkelingsperspectief (OPP) met u besproken.", false, LINK, contact));
                }
                if (v.vastgesteldOp() != null) {
                    momenten.add(new Moment(kind, v.vastgesteldOp(), "Het OPP is vastgesteld.", false, LINK, contact));
                }
                if (v.evaluatieOp() != null) {
                    momenten.add(new Moment(kind, v.evaluatieOp(), "De school heeft het OPP met u geëvalueerd.", false, LINK, contact));
                }
            }
            if (o.stappen().contains(Oppstap.INSTEMMEN)) {
                momenten.add(new Moment(kind, vandaag, "De school vraagt of u instemt met wat de school gaat doen (het handelingsdeel van het OPP).",
                        true, LINK, contact));
            }
            o.opp().evaluerenUiterlijk().filter(d -> !d.isBefore(vandaag)).ifPresent(d -> momenten.add(new Moment(kind, d,
                    "De school bespreekt elk jaar met u hoe het gaat. De volgende keer is uiterlijk " + Datumnotatie.lang(d) + ".", true, LINK, contact)));
        }
        return momenten;
    }
}
