package nl.thuisnabij.thuiszitter;

import java.util.List;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class ThuiszitterPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    ThuiszitterPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Verwerking verwerking() {
        return new Verwerking("Thuiszitters",
                "Zo snel mogelijk een plek vinden voor een leerling die niet naar school gaat, samen met de gemeente en de jeugdhulp",
                "Wettelijke taak (AVG art. 6 lid 1 c en e) uit WPO art. 18a en de Leerplichtwet; delen met jeugdhulp alleen met toestemming van "
                        + "de ouders (art. 6 lid 1 a)", "Leerlingen; hun ouders",
                "De reden van thuiszitten, sinds wanneer, het plan en de afspraken, de toestemming om met de gemeente te delen",
                true, "Het samenwerkingsverband, de school, de leerplichtambtenaar; jeugdhulp van de gemeente met toestemming",
                "Volgens de bewaartermijnen van het samenwerkingsverband", List.of("thuiszitter", "thuiszitter_plan", "thuiszitter_toestemming"));
    }

    /** A case not yet solved counts as today. */
    @Override
    public java.util.Map<Long, java.time.LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, java.time.LocalDate vandaag) {
        return Persoonsgegevens.perLeerling(jdbc, """
                select leerling_id, max(greatest(gemeld_op, coalesce(opgelost_op, ?)))
                  from thuiszitter where swv_code = ? and leerling_id = any(?) group by leerling_id""", vandaag, swvCode, leerlingen.toArray(Long[]::new));
    }

    /** The plan and the consents go with the case (on delete cascade). */
    @Override
    public void wis(String swvCode, long leerlingId) {
        jdbc.sql("delete from thuiszitter where leerling_id = ? and swv_code = ?").params(leerlingId, swvCode).update();
    }

    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        return List.of(
                Persoonsgegevens.tabel(jdbc, "Thuiszitten", """
                        select * from thuiszitter where leerling_id = ? and swv_code = ? order by id""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Plan en afspraken", """
                        select p.* from thuiszitter_plan p join thuiszitter t on t.id = p.thuiszitter_id
                         where t.leerling_id = ? and t.swv_code = ?""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Toestemming om te delen", """
                        select p.* from thuiszitter_toestemming p join thuiszitter t on t.id = p.thuiszitter_id
                         where t.leerling_id = ? and t.swv_code = ?""", leerlingId, swvCode));
    }

    @Override
    public List<Auditspoor> auditsporen() {
        return List.of(new Auditspoor("thuiszitter", "select id::text from thuiszitter where swv_code = ? and leerling_id = ?",
                "select id::text, leerling_id from thuiszitter where swv_code = ? and id = any(?)"));
    }
}
