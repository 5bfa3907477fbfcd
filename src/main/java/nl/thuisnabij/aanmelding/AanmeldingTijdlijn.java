package nl.thuisnabij.aanmelding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Tijdlijn;
import nl.thuisnabij.shared.Datumnotatie;
import org.springframework.stereotype.Component;

/** A parent's view of their children's registrations: registered at a school, its decision, or the day it decides by. */
@Component
class AanmeldingTijdlijn implements Tijdlijn {

    private final Aanmeldingen aanmeldingen;

    AanmeldingTijdlijn(Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public List<Moment> vanKinderen(Gebruiker ouder, List<Leerling> kinderen, LocalDate vandaag) {
        var momenten = new ArrayList<Moment>();
        for (var o : aanmeldingen.vanKinderen(ouder.id(), kinderen)) {
            var a = o.aanmelding();
            var link = "/ouder/aanmeldingen";
            var contact = o.school().naam() + (o.school().plaats() == null ? "" : ", " + o.school().plaats());
            momenten.add(new Moment(a.leerlingId(), a.datumAanmelding(), "U heeft uw kind aangemeld bij " + o.school().naam() + ".", false, link, contact));
            if (a.besluitOp() != null) {
                momenten.add(new Moment(a.leerlingId(), a.besluitOp(), "De school heeft besloten: " + a.status().omschrijving() + ".", false, link, contact));
            }
            if (a.status() == AanmeldingStatus.AANGEMELD) {
                var uiterlijk = o.uiterlijkeBeslisdatum();
                momenten.add(new Moment(a.leerlingId(), uiterlijk, "De school beslist uiterlijk " + Datumnotatie.lang(uiterlijk)
                        + " of uw kind kan komen. Lukt dat niet, dan zoekt de school met u een andere school die past.", true, link, contact));
            }
        }
        return momenten;
    }
}
