package nl.thuisnabij.thuiszitter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Tijdlijn;
import nl.thuisnabij.shared.Datumnotatie;
import org.springframework.stereotype.Component;

/** A parent's view of a child out of school: since when, the agreements made and when they are looked at again, and the solution. */
@Component
class ThuiszitterTijdlijn implements Tijdlijn {

    private static final String LINK = "/ouder/thuiszitters";

    private final Thuiszitters thuiszitters;

    ThuiszitterTijdlijn(Thuiszitters thuiszitters) {
        this.thuiszitters = thuiszitters;
    }

    @Override
    public List<Moment> vanKinderen(Gebruiker ouder, List<Leerling> kinderen, LocalDate vandaag) {
        var momenten = new ArrayList<Moment>();
        for (var o : thuiszitters.vanKinderen(ouder, kinderen)) {
            var zaak = o.zaak();
            long kind = zaak.leerlingId();
            var contact = o.school() == null ? "het samenwerkingsverband" : o.school().naam();
            momenten.add(new Moment(kind, zaak.sinds(), "Uw kind gaat niet naar school. De school, het samenwerkingsverband en de gemeente zoeken met u "
                    + "een oplossing.", false, LINK, contact));
            for (var afspraak : zaak.plan()) {
                momenten.add(new Moment(kind, afspraak.vastgelegdOp(), "Afspraak: " + afspraak.aanbod() + " (" + afspraak.uitvoerder() + ").", false, LINK,
                        contact));
            }
            if (zaak.status() == Thuiszitter.Status.OPGELOST) {
                momenten.add(new Moment(kind, zaak.opgelostOp(), "Opgelost: " + zaak.oplossing(), false, LINK, contact));
            } else {
                zaak.plan().stream().map(Planafspraak::volgendeEvaluatie).filter(d -> d != null && !d.isBefore(vandaag)).min(LocalDate::compareTo)
                        .ifPresent(d -> momenten.add(new Moment(kind, d, "Iedereen bespreekt de afspraken opnieuw, uiterlijk " + Datumnotatie.lang(d) + ".",
                                true, LINK, contact)));
            }
        }
        return momenten;
    }
}
