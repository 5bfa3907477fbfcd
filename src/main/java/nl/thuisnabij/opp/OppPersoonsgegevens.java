package nl.thuisnabij.opp;

import java.util.List;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class OppPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    OppPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Verwerking verwerking() {
        return new Verwerking("Ontwikkelingsperspectieven (OPP)",
                "Het plan voor een leerling met extra ondersteuning: uitstroom, doelen, handelingsdeel, overleg met en instemming van de ouders, "
                        + "jaarlijkse evaluatie en melding aan DUO",
                "Wettelijke taak (AVG art. 6 lid 1 c en e) uit WPO art. 40a, WVO art. 26, WEC art. 41a", "Leerlingen; hun ouders; medewerkers van de school",
                "Uitstroombestemming, onderbouwing, belemmerende en bevorderende factoren, doelen, ondersteuning, de visie van de leerling, "
                        + "de instemming van de ouders",
                true, "De school, het samenwerkingsverband (bij een aanvraag), de ouders; DUO (melding van het OPP)",
                "Volgens de bewaartermijnen van het samenwerkingsverband", List.of("opp", "opp_versie", "opp_doel", "opp_handeling", "opp_casus"));
    }

    /** An OPP that has not ended counts as today. */
    @Override
    public java.util.Map<Long, java.time.LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, java.time.LocalDate vandaag) {
        return Persoonsgegevens.perLeerling(jdbc, """
                select leerling_id, max(greatest(ingeschreven_op, aangemaakt_op, coalesce(beeindigd_op, ?)))
                  from opp where swv_code = ? and leerling_id = any(?) group by leerling_id""", vandaag, swvCode, leerlingen.toArray(Long[]::new));
    }

    /** Versions, goals and actions go with the OPP (on delete cascade). */
    @Override
    public void wis(String swvCode, long leerlingId) {
        jdbc.sql("delete from opp where leerling_id = ? and swv_code = ?").params(leerlingId, swvCode).update();
        jdbc.sql("delete from opp_casus where leerling_id = ? and swv_code = ?").params(leerlingId, swvCode).update();
    }

    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        return List.of(
                Persoonsgegevens.tabel(jdbc, "Ontwikkelingsperspectieven", """
                        select * from opp where leerling_id = ? and swv_code = ? order by id""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Versies van het OPP", """
                        select v.* from opp_versie v join opp o on o.id = v.opp_id where o.leerling_id = ? and o.swv_code = ?
                         order by v.opp_id, v.volgnummer""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Doelen", """
                        select d.* from opp_doel d join opp o on o.id = d.opp_id where o.leerling_id = ? and o.swv_code = ?""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Handelingsdeel", """
                        select h.* from opp_handeling h join opp o on o.id = h.opp_id where o.leerling_id = ? and o.swv_code = ?""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Eerdere ondersteuning", """
                        select * from opp_casus where leerling_id = ? and swv_code = ?""", leerlingId, swvCode));
    }

    @Override
    public List<Auditspoor> auditsporen() {
        return List.of(new Auditspoor("opp", "select id::text from opp where swv_code = ? and leerling_id = ?",
                "select id::text, leerling_id from opp where swv_code = ? and id = any(?)"));
    }
}
