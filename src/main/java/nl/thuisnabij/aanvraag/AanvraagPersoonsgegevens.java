package nl.thuisnabij.aanvraag;

import java.util.List;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class AanvraagPersoonsgegevens implements Persoonsgegevens {

    private static final String VAN_DE_LEERLING = "join aanvraag a on a.id = t.aanvraag_id where a.leerling_id = ? and a.swv_code = ?";

    private final JdbcClient jdbc;

    AanvraagPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Verwerking verwerking() {
        return new Verwerking("Aanvragen voor arrangementen en toelaatbaarheidsverklaringen",
                "Beslissen over extra ondersteuning op school (arrangement) en toelating tot SBO of (V)SO (TLV), met het advies van deskundigen, "
                        + "de zienswijze van de ouders, bezwaar en de melding aan DUO",
                "Wettelijke taak (AVG art. 6 lid 1 c en e) uit WPO art. 18a en WEC art. 40; gezondheidsgegevens: WPO art. 18a lid 13 (AVG art. 9 lid 2 g)",
                "Leerlingen; hun ouders; medewerkers van scholen en deskundigen (als opsteller)",
                "De hulpvraag, ondersteuningsbehoeften, wat al is geprobeerd, de samenvatting van het OPP, de zienswijze van de ouders, "
                        + "adviezen van deskundigen, besluiten, bezwaren en bijlagen (zoals onderzoeksverslagen)",
                true, "Het samenwerkingsverband, de aanvragende school, de deskundigen, de ouders; DUO (TLV-gegevens); de LBT bij bezwaar",
                "Gezondheidsgegevens (adviezen, bijlagen) tot drie jaar na het besluit (WPO art. 18a lid 13); de aanvraag en het besluit "
                        + "volgens de bewaartermijnen van het samenwerkingsverband",
                List.of("aanvraag", "aanvraag_deskundige", "aanvraag_meewerker", "deskundigenadvies", "besluit", "bezwaar", "bijlage", "bericht",
                        "herinnering", "bewaartermijn_verwerking", "duo_export", "duo_export_besluit", "aanvraag_kengetal"));
    }

    /** A request still being handled counts as today; a decision until the end of the TLV or arrangement it gave. */
    @Override
    public java.util.Map<Long, java.time.LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, java.time.LocalDate vandaag) {
        return Persoonsgegevens.perLeerling(jdbc, """
                select a.leerling_id, max(greatest(a.ingediend_op, b.besloten_op, b.einddatum,
                       case when a.status in ('CONCEPT', 'INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'ADVIES') then ? end))
                  from aanvraag a left join besluit b on b.aanvraag_id = a.id
                 where a.swv_code = ? and a.leerling_id = any(?) group by a.leerling_id""", vandaag, swvCode, leerlingen.toArray(Long[]::new));
    }

    /** Everything of the pupil's requests, their decisions, advices, objections, attachments and mails included. */
    @Override
    public void wis(String swvCode, long leerlingId) {
        var aanvragen = jdbc.sql("select id from aanvraag where leerling_id = ? and swv_code = ?").params(leerlingId, swvCode).query(Long.class).list()
                .toArray(Long[]::new);
        if (aanvragen.length == 0) {
            return;
        }
        for (var tabel : List.of("aanvraag_kengetal", "duo_export_besluit", "deskundigenadvies", "bezwaar", "bijlage", "bericht", "herinnering", "aanvraag_deskundige",
                "aanvraag_meewerker", "bewaartermijn_verwerking", "besluit")) {
            jdbc.sql("delete from " + tabel + " where aanvraag_id = any(?)").param(aanvragen).update();
        }
        jdbc.sql("update aanvraag set verlenging_van = null where verlenging_van = any(?)").param(aanvragen).update();
        jdbc.sql("delete from aanvraag where id = any(?)").param(aanvragen).update();
    }

    /** A request points to the pupil's OPP. */
    @Override
    public int wisvolgorde() {
        return 5;
    }

    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        return List.of(
                Persoonsgegevens.tabel(jdbc, "Aanvragen", """
                        select * from aanvraag where leerling_id = ? and swv_code = ? order by id""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Adviezen van deskundigen", """
                        select t.* from deskundigenadvies t %s order by t.aanvraag_id, t.volgnummer""".formatted(VAN_DE_LEERLING), leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Besluiten", """
                        select t.* from besluit t %s order by t.aanvraag_id, t.volgnummer""".formatted(VAN_DE_LEERLING), leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Bezwaren", "select t.* from bezwaar t %s order by t.aanvraag_id".formatted(VAN_DE_LEERLING), leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Bijlagen (de bestanden zelf op verzoek als kopie)", """
                        select t.aanvraag_id as aanvraag, t.bezwaar_volgnummer as bij_bezwaar, t.bestandsnaam, t.mediatype, t.grootte, t.geupload_door, t.geupload_op
                          from bijlage t %s order by t.id""".formatted(VAN_DE_LEERLING), leerlingId, swvCode));
    }

    /** A request, its decisions (logged as {@code aanvraag/volgnummer}) and its attachments. */
    @Override
    public List<Auditspoor> auditsporen() {
        return List.of(
                new Auditspoor("aanvraag", "select id::text from aanvraag where swv_code = ? and leerling_id = ?",
                "select id::text, leerling_id from aanvraag where swv_code = ? and id = any(?)"),
                new Auditspoor("besluit", """
                        select b.aanvraag_id || '/' || b.volgnummer from besluit b join aanvraag a on a.id = b.aanvraag_id
                         where a.swv_code = ? and a.leerling_id = ?""", """
                        select b.aanvraag_id || '/' || b.volgnummer, a.leerling_id from besluit b join aanvraag a on a.id = b.aanvraag_id
                         where a.swv_code = ? and a.id = any(?)"""),
                new Auditspoor("bijlage", """
                        select t.id::text from bijlage t join aanvraag a on a.id = t.aanvraag_id where a.swv_code = ? and a.leerling_id = ?""", """
                        select t.id::text, a.leerling_id from bijlage t join aanvraag a on a.id = t.aanvraag_id where a.swv_code = ? and t.id = any(?)"""));
    }
}
