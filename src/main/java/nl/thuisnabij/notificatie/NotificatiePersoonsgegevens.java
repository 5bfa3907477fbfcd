package nl.thuisnabij.notificatie;

import java.util.List;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.stereotype.Component;

/** Notifications are about a person's work, not about a pupil: they name a reference, never a child. */
@Component
class NotificatiePersoonsgegevens implements Persoonsgegevens {

    @Override
    public Verwerking verwerking() {
        return new Verwerking("Notificaties", "Medewerkers en ouders laten weten wat er voor hen klaarstaat, in Thuisnabij en per e-mail zoals zij kiezen",
                "Uitvoering van de wettelijke taak (AVG art. 6 lid 1 e)", "Medewerkers; ouders",
                "Per persoon: onderwerp en kenmerk van de notificatie, wanneer gemaakt en gelezen, en de gekozen manier van e-mailen (geen namen van leerlingen)",
                false, "Alleen de persoon zelf", "Een half jaar na de notificatie", List.of("notificatie", "notificatievoorkeur"));
    }

    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        return List.of();
    }

    /** Nothing here is about a pupil. */
    @Override
    public void wis(String swvCode, long leerlingId) {
        // notifications name no child
    }

    @Override
    public java.util.Map<Long, java.time.LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, java.time.LocalDate vandaag) {
        return java.util.Map.of();
    }
}
