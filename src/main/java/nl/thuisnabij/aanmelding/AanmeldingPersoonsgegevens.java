package nl.thuisnabij.aanmelding;

import java.util.List;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class AanmeldingPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    AanmeldingPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Verwerking verwerking() {
        return new Verwerking("Aanmeldingen onder de zorgplicht",
                "Bewaken dat elke aangemelde leerling met een ondersteuningsbehoefte binnen de termijn een passende plek krijgt",
                "Wettelijke taak (AVG art. 6 lid 1 c en e) uit WPO art. 40 lid 4 en WVO art. 27 lid 2c", "Leerlingen; hun ouders",
                "De aanmelding, de ondersteuningsbehoefte, het onderzoek, het besluit, plaatsingspogingen op andere scholen",
                true, "Het samenwerkingsverband, de school van aanmelding en de scholen die een plek aanbieden; de ouders",
                "Volgens de bewaartermijnen van het samenwerkingsverband", List.of("aanmelding", "aanmelding_behoefte", "plaatsingspoging"));
    }

    /** A registration without a decision counts as today. */
    @Override
    public java.util.Map<Long, java.time.LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, java.time.LocalDate vandaag) {
        return Persoonsgegevens.perLeerling(jdbc, """
                select leerling_id, max(greatest(datum_aanmelding, besluit_op, geplaatst_op, case when status = 'AANGEMELD' then ? end))
                  from aanmelding where swv_code = ? and leerling_id = any(?) group by leerling_id""", vandaag, swvCode, leerlingen.toArray(Long[]::new));
    }

    @Override
    public void wis(String swvCode, long leerlingId) {
        jdbc.sql("delete from plaatsingspoging where aanmelding_id in (select id from aanmelding where leerling_id = ? and swv_code = ?)")
                .params(leerlingId, swvCode).update();
        // the needs go with their registration (on delete cascade)
        jdbc.sql("delete from aanmelding where leerling_id = ? and swv_code = ?").params(leerlingId, swvCode).update();
    }

    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        return List.of(
                Persoonsgegevens.tabel(jdbc, "Aanmeldingen", """
                        select * from aanmelding where leerling_id = ? and swv_code = ? order by id""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Plaatsingspogingen", """
                        select p.*
                          from plaatsingspoging p join aanmelding a on a.id = p.aanmelding_id
                         where a.leerling_id = ? and a.swv_code = ? order by p.aanmelding_id, p.volgnummer""", leerlingId, swvCode));
    }

    @Override
    public List<Auditspoor> auditsporen() {
        return List.of(new Auditspoor("aanmelding", "select id::text from aanmelding where swv_code = ? and leerling_id = ?",
                "select id::text, leerling_id from aanmelding where swv_code = ? and id = any(?)"));
    }
}
