package nl.thuisnabij.aanvraag.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisnabij.aanvraag.Aanvraag;
import nl.thuisnabij.aanvraag.AanvraagStatus;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.aanvraag.Besluit;
import nl.thuisnabij.aanvraag.Besluituitkomst;
import nl.thuisnabij.aanvraag.Bezwaar;
import nl.thuisnabij.aanvraag.Deskundigenadvies;
import nl.thuisnabij.aanvraag.Deskundigheid;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the Aanvraag aggregate whole: request, expert advices, decision versions and objections. */
@Repository
public class AanvraagRepository {

    private final JdbcClient jdbc;

    public AanvraagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Aanvraag> findById(SwvCode swv, long id) {
        return laad("a.swv_code = ? and a.id = ?", swv.waarde(), id).stream().findFirst();
    }

    public List<Aanvraag> findByIds(SwvCode swv, List<Long> ids) {
        return ids.isEmpty() ? List.of() : laad("a.swv_code = ? and a.id = any(?)", swv.waarde(), ids.toArray(Long[]::new));
    }

    public List<Aanvraag> findByIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : laad("a.id = any(?)", (Object) ids.toArray(Long[]::new));
    }

    /**
     * The requests that can be due for the daily term check: a status change by date or a passed
     * term not yet reminded of. A superset of what is due; the aggregate decides.
     */
    public List<Long> findMogelijkVerlopen(LocalDate vandaag) {
        return jdbc.sql("""
                with huidig as (
                    select distinct on (b.aanvraag_id) b.aanvraag_id, b.uitkomst, b.startdatum, b.einddatum
                      from besluit b join aanvraag a on a.id = b.aanvraag_id
                     where a.status in ('BESLOTEN', 'GEREGISTREERD_BIJ_DUO', 'ACTIEF')
                     order by b.aanvraag_id, b.volgnummer desc)
                select a.id from aanvraag a
                  left join huidig b on b.aanvraag_id = a.id
                  left join aanvraagbeleid p on p.swv_code = a.swv_code
                 where a.status not in ('CONCEPT', 'INGETROKKEN', 'AFGELOPEN')
                   and ((a.status in ('BESLOTEN', 'GEREGISTREERD_BIJ_DUO') and b.uitkomst <> 'AFGEWEZEN' and b.startdatum <= :vandaag)
                     or (a.status = 'ACTIEF' and b.einddatum < :vandaag)
                     or (a.status = 'ACTIEF' and b.einddatum - coalesce(p.tlv_herinnering_dagen, 90) <= :vandaag
                         and not exists (select 1 from herinnering h where h.aanvraag_id = a.id and h.soort = 'EINDDATUM' and h.peildatum = b.einddatum))
                     or (a.status in ('INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'ADVIES')
                         and a.ingediend_op + 7 * coalesce(p.beslistermijn_weken, 6) < :vandaag
                         and not exists (select 1 from herinnering h where h.aanvraag_id = a.id and h.soort = 'BESLISTERMIJN'
                                            and h.peildatum = a.ingediend_op + 7 * coalesce(p.beslistermijn_weken, 6)))
                     or (a.status = 'AANVULLING_GEVRAAGD' and a.aanvulling_deadline < :vandaag
                         and not exists (select 1 from herinnering h where h.aanvraag_id = a.id and h.soort = 'AANVULLING'
                                            and h.peildatum = a.aanvulling_deadline))
                     or exists (select 1 from bezwaar z where z.aanvraag_id = a.id and z.beslissing is null
                                   and z.termijn_tot + case when a.soort like 'TLV%' then 84 else 42 end < :vandaag
                                   and not exists (select 1 from herinnering h where h.aanvraag_id = a.id and h.soort = 'BEZWAAR'
                                                      and h.peildatum = z.termijn_tot + case when a.soort like 'TLV%' then 84 else 42 end)))
                 order by a.id
                """).param("vandaag", vandaag).query(Long.class).list();
    }

    /** A change of state decided by the aggregates of a whole batch, in one statement. */
    public void zetStatus(List<Long> ids, AanvraagStatus status) {
        if (!ids.isEmpty()) {
            jdbc.sql("update aanvraag set status = ?, versie = versie + 1 where id = any(?)").params(status.name(), ids.toArray(Long[]::new)).update();
        }
    }

    public long insert(Aanvraag a) {
        return jdbc.sql("""
                insert into aanvraag (swv_code, vestiging_id, leerling_id, soort, verlenging_van, status) values (?, ?, ?, ?, ?, ?) returning id
                """).params(a.swv().waarde(), a.vestigingId(), a.leerlingId(), a.soort().name(), a.verlengingVan(), a.status().name())
                .query(Long.class).single();
    }

    /** Saves the changed aggregate if nobody else saved it since it was read. */
    public boolean update(Aanvraag a, String door) {
        int rijen = jdbc.sql("""
                update aanvraag set status = ?, vraag = ?, ondersteuningsbehoeften = ?, wat_geprobeerd = ?, opp_samenvatting = ?,
                       zienswijze_ouders = ?, ouders_akkoord = ?, arrangementsoort_id = ?, coordinator_id = ?, aanvulling_vraag = ?,
                       aanvulling_deadline = ?, ingediend_op = ?, vergadering_id = ?, versie = versie + 1
                 where id = ? and versie = ?
                """).params(a.status().name(), a.vraag(), a.ondersteuningsbehoeften(), a.watGeprobeerd(), a.oppSamenvatting(),
                a.zienswijzeOuders(), a.oudersAkkoord(), a.arrangementsoortId(), a.coordinatorId(), a.aanvullingVraag(),
                a.aanvullingDeadline(), a.ingediendOp(), a.vergaderingId(), a.id(), a.versie()).update();
        if (rijen != 1) {
            return false;
        }
        for (var deskundige : a.deskundigen()) {
            jdbc.sql("insert into aanvraag_deskundige (aanvraag_id, deskundige_id) values (?, ?) on conflict do nothing")
                    .params(a.id(), deskundige).update();
        }
        for (var advies : a.adviezen()) {
            jdbc.sql("""
                    insert into deskundigenadvies (aanvraag_id, volgnummer, deskundige_id, deskundige_naam, deskundigheid, advies, motivering, gegeven_op)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (aanvraag_id, volgnummer) do nothing
                    """).params(a.id(), advies.volgnummer(), advies.deskundigeId(), advies.deskundigeNaam(), advies.deskundigheid().name(),
                    advies.positief() ? "POSITIEF" : "NEGATIEF", advies.motivering(), advies.gegevenOp()).update();
        }
        for (var b : a.besluiten()) {
            jdbc.sql("""
                    insert into besluit (aanvraag_id, volgnummer, uitkomst, motivering, besloten_op, besloten_door, aanleiding,
                                         arrangementsoort_id, uren, uurtarief, bedrag, tlv_soort, categorie, bevoegd_swv, startdatum, einddatum)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (aanvraag_id, volgnummer) do nothing
                    """).params(a.id(), b.volgnummer(), b.uitkomst().name(), b.motivering(), b.beslotenOp(), b.beslotenDoor(), b.aanleiding(),
                    b.arrangementsoortId(), b.uren(), b.uurtarief(), b.bedrag(), b.tlvSoort(),
                    b.categorie() == null ? null : b.categorie().name(), b.bevoegdSwv(), b.startdatum(), b.einddatum()).update();
        }
        for (var z : a.bezwaren()) {
            if (z.id() == 0) {
                jdbc.sql("""
                        insert into bezwaar (aanvraag_id, besluit_volgnummer, ingediend_door, ingediend_op, gronden, termijn_tot)
                        values (?, ?, ?, ?, ?, ?)
                        """).params(a.id(), z.besluitVolgnummer(), z.ingediendDoor().name(), z.ingediendOp(), z.gronden(), z.termijnTot()).update();
            } else {
                jdbc.sql("""
                        update bezwaar set lbt_gevraagd_op = ?, lbt_advies = ?, lbt_advies_op = ?, beslissing = ?, beslist_op = ?, toelichting = ?
                         where id = ?
                        """).params(z.lbtGevraagdOp(), z.lbtAdvies(), z.lbtAdviesOp(), z.beslissing() == null ? null : z.beslissing().name(),
                        z.beslistOp(), z.toelichting(), z.id()).update();
            }
        }
        return true;
    }

    public Optional<Long> besluitId(long aanvraagId, int volgnummer) {
        return jdbc.sql("select id from besluit where aanvraag_id = ? and volgnummer = ?").params(aanvraagId, volgnummer)
                .query(Long.class).optional();
    }


    private List<Aanvraag> laad(String voorwaarde, Object... waarden) {
        var rijen = jdbc.sql("select a.* from aanvraag a where " + voorwaarde + " order by a.id").params(waarden)
                .query((rs, rij) -> new Rij(rs)).list();
        if (rijen.isEmpty()) {
            return List.of();
        }
        var ids = rijen.stream().map(r -> r.id).toArray(Long[]::new);
        var deskundigen = new HashMap<Long, java.util.Set<Long>>();
        jdbc.sql("select aanvraag_id, deskundige_id from aanvraag_deskundige where aanvraag_id = any(?)").param(ids).query(rs -> {
            deskundigen.computeIfAbsent(rs.getLong(1), k -> new java.util.LinkedHashSet<>()).add(rs.getLong(2));
        });
        var adviezen = new HashMap<Long, List<Deskundigenadvies>>();
        jdbc.sql("""
                select d.* from deskundigenadvies d where d.aanvraag_id = any(?) order by d.aanvraag_id, d.volgnummer
                """).param(ids).query(rs -> {
            adviezen.computeIfAbsent(rs.getLong("aanvraag_id"), k -> new ArrayList<>()).add(new Deskundigenadvies(rs.getInt("volgnummer"),
                    rs.getLong("deskundige_id"), rs.getString("deskundige_naam"), Deskundigheid.valueOf(rs.getString("deskundigheid")),
                    rs.getString("advies").equals("POSITIEF"), rs.getString("motivering"), rs.getObject("gegeven_op", LocalDate.class)));
        });
        var besluiten = new HashMap<Long, List<Besluit>>();
        jdbc.sql("select * from besluit where aanvraag_id = any(?) order by aanvraag_id, volgnummer").param(ids).query(rs -> {
            var categorie = rs.getString("categorie");
            besluiten.computeIfAbsent(rs.getLong("aanvraag_id"), k -> new ArrayList<>()).add(new Besluit(rs.getLong("id"),
                    rs.getInt("volgnummer"), Besluituitkomst.valueOf(rs.getString("uitkomst")), rs.getString("motivering"),
                    rs.getObject("besloten_op", LocalDate.class), rs.getString("besloten_door"), rs.getString("aanleiding"),
                    rs.getObject("arrangementsoort_id", Long.class), rs.getObject("uren", BigDecimal.class),
                    rs.getObject("uurtarief", BigDecimal.class), rs.getObject("bedrag", BigDecimal.class), rs.getString("tlv_soort"),
                    categorie == null ? null : Bekostigingscategorie.valueOf(categorie), rs.getString("bevoegd_swv"),
                    rs.getObject("startdatum", LocalDate.class), rs.getObject("einddatum", LocalDate.class)));
        });
        var bezwaren = new HashMap<Long, List<Bezwaar>>();
        jdbc.sql("select * from bezwaar where aanvraag_id = any(?) order by aanvraag_id, id").param(ids).query(rs -> {
            var beslissing = rs.getString("beslissing");
            bezwaren.computeIfAbsent(rs.getLong("aanvraag_id"), k -> new ArrayList<>()).add(new Bezwaar(rs.getLong("id"),
                    rs.getInt("besluit_volgnummer"), Bezwaar.Indiener.valueOf(rs.getString("ingediend_door")),
                    rs.getObject("ingediend_op", LocalDate.class), rs.getString("gronden"), rs.getObject("termijn_tot", LocalDate.class),
                    rs.getObject("lbt_gevraagd_op", LocalDate.class), rs.getString("lbt_advies"), rs.getObject("lbt_advies_op", LocalDate.class),
                    beslissing == null ? null : Bezwaar.Beslissing.valueOf(beslissing), rs.getObject("beslist_op", LocalDate.class),
                    rs.getString("toelichting")));
        });
        return rijen.stream().map(r -> r.naarAanvraag(deskundigen.getOrDefault(r.id, java.util.Set.of()), adviezen.getOrDefault(r.id, List.of()), besluiten.getOrDefault(r.id, List.of()),
                bezwaren.getOrDefault(r.id, List.of()))).toList();
    }

    private static final class Rij {
        final long id;
        final String swv;
        final long vestigingId;
        final long leerlingId;
        final String soort;
        final Long verlengingVan;
        final String status;
        final String vraag;
        final String behoeften;
        final String geprobeerd;
        final String opp;
        final String zienswijze;
        final Boolean akkoord;
        final Long arrangementsoort;
        final Long coordinator;
        final String aanvullingVraag;
        final LocalDate aanvullingDeadline;
        final LocalDate ingediendOp;
        final Long vergadering;
        final int versie;

        Rij(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            swv = rs.getString("swv_code");
            vestigingId = rs.getLong("vestiging_id");
            leerlingId = rs.getLong("leerling_id");
            soort = rs.getString("soort");
            verlengingVan = rs.getObject("verlenging_van", Long.class);
            status = rs.getString("status");
            vraag = rs.getString("vraag");
            behoeften = rs.getString("ondersteuningsbehoeften");
            geprobeerd = rs.getString("wat_geprobeerd");
            opp = rs.getString("opp_samenvatting");
            zienswijze = rs.getString("zienswijze_ouders");
            akkoord = rs.getObject("ouders_akkoord", Boolean.class);
            arrangementsoort = rs.getObject("arrangementsoort_id", Long.class);
            coordinator = rs.getObject("coordinator_id", Long.class);
            aanvullingVraag = rs.getString("aanvulling_vraag");
            aanvullingDeadline = rs.getObject("aanvulling_deadline", LocalDate.class);
            ingediendOp = rs.getObject("ingediend_op", LocalDate.class);
            vergadering = rs.getObject("vergadering_id", Long.class);
            versie = rs.getInt("versie");
        }

        Aanvraag naarAanvraag(java.util.Set<Long> deskundigen, List<Deskundigenadvies> adviezen, List<Besluit> besluiten, List<Bezwaar> bezwaren) {
            return new Aanvraag(id, new SwvCode(swv), vestigingId, leerlingId, Aanvraagsoort.valueOf(soort), verlengingVan,
                    AanvraagStatus.valueOf(status), vraag, behoeften, geprobeerd, opp, zienswijze, akkoord, arrangementsoort, coordinator,
                    aanvullingVraag, aanvullingDeadline, ingediendOp, vergadering, deskundigen, adviezen, besluiten, bezwaren, versie);
        }
    }
}
