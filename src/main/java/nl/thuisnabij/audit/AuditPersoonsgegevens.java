package nl.thuisnabij.audit;

import java.util.List;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.stereotype.Component;

@Component
class AuditPersoonsgegevens implements Persoonsgegevens {

    private final AuditLog auditLog;

    AuditPersoonsgegevens(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public Verwerking verwerking() {
        return new Verwerking("Auditlog",
                "Verantwoorden wie welke gegevens van leerlingen heeft gelezen of gewijzigd, en pogingen zonder recht opsporen",
                "Wettelijke verplichting tot passende beveiliging (AVG art. 5 lid 2 en art. 32)", "Medewerkers, ouders (als gebruiker); leerlingen (als onderwerp)",
                "Gebruiker, rollen, tijdstip, IP-adres, actie, het nummer van het gegeven",
                false, "De functionaris gegevensbescherming van het samenwerkingsverband",
                "Niet te wijzigen of te wissen; bewaard per maand (partities)", List.of("auditregel"));
    }

    /**
     * The log stays: it holds who did what with which record number, not the data itself, and it is the
     * SWV's proof that the erasure was done (art. 5 lid 2); nobody can change or erase it.
     */
    @Override
    public void wis(String swvCode, long leerlingId) {
        // nothing to erase: see above
    }

    /**
     * Who read or changed this pupil's data, their requests, registrations and OPPs included: the access log
     * is part of what the pupil may see (art. 15 lid 1 c). Oldest first, as the other tables.
     */
    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        var regels = new java.util.ArrayList<>(auditLog.zoek(swvCode, AuditZoekopdracht.overLeerling(leerlingId), Integer.MAX_VALUE));
        java.util.Collections.reverse(regels);
        var tijd = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
        return List.of(new Rapport.Tabel("Wie heeft de gegevens van de leerling gezien of gewijzigd",
                List.of("tijdstip", "gebruiker", "rollen", "actie", "gegeven", "omschrijving"),
                regels.stream().map(r -> List.of(r.tijdstip().atZone(AuditLog.tijdzone()).format(tijd), r.gebruiker(), String.join(", ", r.rollen()),
                        r.actie().name(), r.recordsoort() + (r.recordId() == null ? "" : " " + r.recordId()),
                        r.omschrijving() == null ? "" : r.omschrijving())).toList()));
    }

    /** Nothing here keeps a pupil's data alive: it goes when the modules' data goes. */
    @Override
    public java.util.Map<Long, java.time.LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, java.time.LocalDate vandaag) {
        return java.util.Map.of();
    }
}
