package nl.thuisnabij.privacy;

import java.util.List;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class PrivacyPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    PrivacyPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Verwerking verwerking() {
        return new Verwerking("AVG-verzoeken", "Verzoeken om inzage, correctie, wissing, beperking of bezwaar op tijd en aantoonbaar afhandelen",
                "Wettelijke verplichting (AVG art. 6 lid 1 c; art. 12 tot en met 21)", "Leerlingen; hun ouders en anderen die een verzoek doen",
                "Wie het verzoek deed, wat er werd gevraagd, de termijn, de uitkomst en de toelichting", false,
                "De functionaris gegevensbescherming van het samenwerkingsverband", "Volgens de bewaartermijnen van het samenwerkingsverband",
                List.of("avg_verzoek"));
    }

    /** The request stays, as proof of how it was handled, without the link to the erased pupil. */
    @Override
    public void wis(String swvCode, long leerlingId) {
        jdbc.sql("update avg_verzoek set leerling_id = null where leerling_id = ? and swv_code = ?").params(leerlingId, swvCode).update();
    }

    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        return List.of(Persoonsgegevens.tabel(jdbc, "Verzoeken op grond van de AVG", """
                select soort, verzoeker, ontvangen_op, omschrijving, verlengd_tot, uitkomst, toelichting, afgehandeld_op
                  from avg_verzoek where swv_code = ? and leerling_id = ? order by ontvangen_op""", swvCode, leerlingId));
    }

    /** Nothing here keeps a pupil's data alive: it goes when the modules' data goes. */
    @Override
    public java.util.Map<Long, java.time.LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, java.time.LocalDate vandaag) {
        return java.util.Map.of();
    }

    @Override
    public List<Auditspoor> auditsporen() {
        return List.of(new Auditspoor("avg_verzoek", "select id::text from avg_verzoek where swv_code = ? and leerling_id = ?",
                "select id::text, leerling_id from avg_verzoek where swv_code = ? and id = any(?)"));
    }
}
