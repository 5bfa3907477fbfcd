package nl.thuisnabij.aanvraag.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.aanvraag.Aanvraagbeleid;
import nl.thuisnabij.aanvraag.Arrangementsoort;
import nl.thuisnabij.aanvraag.Bijlage;
import nl.thuisnabij.aanvraag.Commissievergadering;
import nl.thuisnabij.aanvraag.DuoExport;
import nl.thuisnabij.aanvraag.DuoRegistratie.DuoRegel;
import nl.thuisnabij.aanvraag.TermijnVerstreken;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What surrounds requests: the SWV's catalogue and policy, meetings, attachments, DUO exports, reminders. */
@Repository
public class AanvraagGegevensRepository {

    private final JdbcClient jdbc;

    public AanvraagGegevensRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Arrangementsoort> arrangementsoorten(SwvCode swv) {
        return jdbc.sql("select id, naam, uurtarief, actief from arrangementsoort where swv_code = ? order by naam").param(swv.waarde())
                .query(Arrangementsoort.class).list();
    }

    public void voegArrangementsoortToe(SwvCode swv, String naam, BigDecimal uurtarief) {
        jdbc.sql("insert into arrangementsoort (swv_code, naam, uurtarief) values (?, ?, ?)").params(swv.waarde(), naam, uurtarief).update();
    }

    public Optional<Aanvraagbeleid> beleid(SwvCode swv) {
        return jdbc.sql("""
                select beslistermijn_weken, aanvulling_dagen, tlv_minimale_maanden, tlv_herinnering_dagen, bezwaarcommissie
                  from aanvraagbeleid where swv_code = ?
                """).param(swv.waarde()).query(Aanvraagbeleid.class).optional();
    }

    public void saveBeleid(SwvCode swv, Aanvraagbeleid beleid) {
        jdbc.sql("""
                insert into aanvraagbeleid (swv_code, beslistermijn_weken, aanvulling_dagen, tlv_minimale_maanden, tlv_herinnering_dagen, bezwaarcommissie)
                values (?, ?, ?, ?, ?, ?) on conflict (swv_code) do update set beslistermijn_weken = excluded.beslistermijn_weken,
                       aanvulling_dagen = excluded.aanvulling_dagen, tlv_minimale_maanden = excluded.tlv_minimale_maanden,
                       tlv_herinnering_dagen = excluded.tlv_herinnering_dagen, bezwaarcommissie = excluded.bezwaarcommissie
                """).params(swv.waarde(), beleid.beslistermijnWeken(), beleid.aanvullingDagen(), beleid.tlvMinimaleMaanden(),
                beleid.tlvHerinneringDagen(), beleid.bezwaarcommissie()).update();
    }

    public long nieuweVergadering(SwvCode swv, LocalDate datum, java.time.LocalTime aanvang, String plaats) {
        return jdbc.sql("insert into commissievergadering (swv_code, datum, aanvang, plaats) values (?, ?, ?, ?) returning id")
                .params(swv.waarde(), datum, aanvang, plaats).query(Long.class).single();
    }

    /** Only the meetings' ids and dates, for choosing one; newest first. */
    public List<Commissievergadering> vergaderdata(SwvCode swv) {
        return jdbc.sql("select id, datum, aanvang, plaats, versie from commissievergadering where swv_code = ? order by datum desc").param(swv.waarde())
                .query((rs, rij) -> new Commissievergadering(rs.getLong("id"), rs.getObject("datum", LocalDate.class),
                        rs.getObject("aanvang", java.time.LocalTime.class), rs.getString("plaats"), List.of(), null, rs.getInt("versie")))
                .list();
    }

    public List<Commissievergadering> vergaderingen(SwvCode swv) {
        var vergaderingen = jdbc.sql("select id, datum, aanvang, plaats, notulen, versie from commissievergadering where swv_code = ? order by datum desc")
                .param(swv.waarde())
                .query((rs, rij) -> new Commissievergadering(rs.getLong("id"), rs.getObject("datum", LocalDate.class),
                        rs.getObject("aanvang", java.time.LocalTime.class), rs.getString("plaats"), new ArrayList<>(), rs.getString("notulen"),
                        rs.getInt("versie")))
                .list();
        if (!vergaderingen.isEmpty()) {
            jdbc.sql("""
                    select c.vergadering_id, c.gebruiker_id, c.rol from commissie_aanwezige c where c.vergadering_id = any(?)
                    """).param(vergaderingen.stream().map(Commissievergadering::id).toArray(Long[]::new)).query(rs -> {
                long vergadering = rs.getLong(1);
                var aanwezige = new Commissievergadering.Aanwezige(rs.getLong(2), null, rs.getString(3));
                vergaderingen.stream().filter(v -> v.id() == vergadering).findFirst().ifPresent(v -> v.aanwezigen().add(aanwezige));
            });
        }
        return vergaderingen;
    }

    public void voegAanwezigeToe(long vergadering, long gebruiker, String rol) {
        jdbc.sql("""
                insert into commissie_aanwezige (vergadering_id, gebruiker_id, rol) values (?, ?, ?)
                on conflict (vergadering_id, gebruiker_id) do update set rol = excluded.rol
                """).params(vergadering, gebruiker, rol).update();
    }

    public boolean saveNotulen(SwvCode swv, long vergadering, String notulen, int versie) {
        return jdbc.sql("update commissievergadering set notulen = ?, versie = versie + 1 where id = ? and swv_code = ? and versie = ?")
                .params(notulen, vergadering, swv.waarde(), versie).update() == 1;
    }


    /** {@code bezwaar}: the objection the document was sent with, or null for an attachment of the request. */
    public long saveBijlage(long aanvraag, SwvCode swv, String naam, String mediatype, byte[] inhoud, String sha256, String door, Integer bezwaar) {
        return jdbc.sql("""
                insert into bijlage (aanvraag_id, swv_code, bestandsnaam, mediatype, grootte, sha256, inhoud, geupload_door, bezwaar_volgnummer)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(aanvraag, swv.waarde(), naam, mediatype, inhoud.length, sha256, inhoud, door, bezwaar).query(Long.class).single();
    }

    public List<Bijlage> bijlagen(SwvCode swv, long aanvraag) {
        return jdbc.sql("""
                select id, bestandsnaam, mediatype, grootte, sha256, geupload_door, geupload_op, bezwaar_volgnummer from bijlage
                 where swv_code = ? and aanvraag_id = ? order by id
                """).params(swv.waarde(), aanvraag)
                .query((rs, rij) -> new Bijlage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getObject(8, Integer.class)))
                .list();
    }

    public Optional<byte[]> bijlageInhoud(SwvCode swv, long aanvraag, long bijlage) {
        return jdbc.sql("select inhoud from bijlage where swv_code = ? and aanvraag_id = ? and id = ?").params(swv.waarde(), aanvraag, bijlage)
                .query((rs, rij) -> rs.getBytes(1)).optional();
    }

    public long saveDuoExport(SwvCode swv, String door, List<DuoRegel> regels, String inhoud) {
        long id = jdbc.sql("insert into duo_export (swv_code, door, aantal, inhoud) values (?, ?, ?, ?) returning id")
                .params(swv.waarde(), door, regels.size(), inhoud).query(Long.class).single();
        regels.forEach(r -> jdbc.sql("insert into duo_export_besluit (export_id, aanvraag_id, besluit_volgnummer) values (?, ?, ?)")
                .params(id, r.aanvraag().id(), r.besluit().volgnummer()).update());
        return id;
    }

    public List<DuoExport> duoExports(SwvCode swv) {
        return jdbc.sql("select id, geexporteerd_op, door, aantal from duo_export where swv_code = ? order by id desc").param(swv.waarde())
                .query((rs, rij) -> new DuoExport(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4))).list();
    }

    public Optional<String> duoExportInhoud(SwvCode swv, long id) {
        return jdbc.sql("select inhoud from duo_export where swv_code = ? and id = ?").params(swv.waarde(), id).query(String.class).optional();
    }

    /** True only for the one caller (of possibly several nodes) that records this reminder first. */
    /** Claims the reminders not claimed before, in one statement, and returns those this call claimed. */
    public List<TermijnVerstreken> claimHerinneringen(List<TermijnVerstreken> herinneringen) {
        if (herinneringen.isEmpty()) {
            return List.of();
        }
        var geclaimd = new java.util.HashSet<String>();
        jdbc.sql("""
                insert into herinnering (aanvraag_id, soort, peildatum, ontvanger)
                select * from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as date[]), cast(? as text[]))
                on conflict do nothing
                returning aanvraag_id, soort, peildatum
                """).params(herinneringen.stream().map(TermijnVerstreken::aanvraagId).toArray(Long[]::new),
                        herinneringen.stream().map(TermijnVerstreken::soort).toArray(String[]::new),
                        herinneringen.stream().map(h -> h.peildatum().toString()).toArray(String[]::new),
                        herinneringen.stream().map(h -> String.join(",", h.aan())).toArray(String[]::new))
                .query(rs -> {
                    geclaimd.add(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getObject(3, LocalDate.class));
                });
        return herinneringen.stream().filter(h -> geclaimd.contains(h.aanvraagId() + "/" + h.soort() + "/" + h.peildatum())).toList();
    }

    public void markeerVerstuurd(long aanvraag, String soort, LocalDate peildatum) {
        jdbc.sql("update herinnering set verstuurd_op = now() where aanvraag_id = ? and soort = ? and peildatum = ?")
                .params(aanvraag, soort, peildatum).update();
    }



}
