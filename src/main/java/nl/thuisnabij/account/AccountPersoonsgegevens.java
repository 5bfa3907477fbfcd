package nl.thuisnabij.account;

import java.util.List;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.stereotype.Component;

@Component
class AccountPersoonsgegevens implements Persoonsgegevens {

    @Override
    public Verwerking verwerking() {
        return new Verwerking("Accounts en inloggen",
                "Medewerkers van het samenwerkingsverband, scholen en gemeenten en ouders laten inloggen met de rechten die bij hun rol horen",
                "Uitvoering van de wettelijke taak (AVG art. 6 lid 1 e) en passende beveiliging (art. 32)", "Medewerkers; ouders",
                "Naam, e-mailadres, rollen, organisatie, wachtwoordhash, tweestapsverificatie, koppeling met de inlogdienst van de "
                        + "onderwijsfederatie, sessies, mislukte inlogpogingen",
                false, "De beheerder van het samenwerkingsverband en de directeur van de school (voor hun eigen mensen)",
                "Zolang het account bestaat; sessies tot het uitloggen of na 30 minuten zonder activiteit",
                List.of("gebruiker", "accountlink", "herstelcode", "inlogbeleid", "inlogremming", "spring_session", "spring_session_attributes"));
    }

    /** The parents' accounts are their own; the link to the pupil goes with the pupil's file. */
    @Override
    public void wis(String swvCode, long leerlingId) {
        // nothing about the pupil here
    }

    /** About a pupil the accounts hold nothing: the parents' accounts are linked in the pupil's file. */
    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        return List.of();
    }

    /** Nothing here keeps a pupil's data alive: it goes when the modules' data goes. */
    @Override
    public java.util.Map<Long, java.time.LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, java.time.LocalDate vandaag) {
        return java.util.Map.of();
    }
}
