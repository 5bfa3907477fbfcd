package nl.thuisnabij.budget.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.budget.Bedragsoort;
import nl.thuisnabij.budget.Begroting;
import nl.thuisnabij.budget.Bekostigingsjaar;
import nl.thuisnabij.budget.Bekostigingsregeling;
import nl.thuisnabij.budget.Leerlingtelling;
import nl.thuisnabij.budget.TypePo;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The budget's own tables: rules per year, DUO's counts, and the TLVs and commitments as the events announced them. */
@Repository
public class BudgetRepository {

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Bekostigingsjaar> jaren(String swv) {
        return jdbc.sql("select jaar from budget_regeling where swv_code = ?").param(swv).query(String.class).list().stream()
                .map(Bekostigingsjaar::new).sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public Optional<Bekostigingsregeling> regeling(String swv, Bekostigingsjaar jaar) {
        var bedragen = new EnumMap<Bedragsoort, Bedrag>(Bedragsoort.class);
        jdbc.sql("select soort, bedrag from budget_bedrag where swv_code = ? and jaar = ?").params(swv, jaar.waarde())
                .query(rs -> {
                    bedragen.put(Bedragsoort.valueOf(rs.getString(1)), new Bedrag(rs.getBigDecimal(2)));
                });
        return jdbc.sql("select teldatum, sbo_drempel_procent, bron, versie, groeiteldatum from budget_regeling where swv_code = ? and jaar = ?")
                .params(swv, jaar.waarde())
                .query((rs, n) -> new Bekostigingsregeling(jaar, rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getString(3), bedragen,
                        rs.getInt(4), rs.getObject(5, LocalDate.class)))
                .optional();
    }

    /** Saves the year's rules; a version other than the one read means someone else saved first. */
    public void bewaar(String swv, Bekostigingsregeling regeling, int gelezenVersie, String door, Instant op) {
        int bijgewerkt = jdbc.sql("""
                insert into budget_regeling (swv_code, jaar, teldatum, sbo_drempel_procent, bron, gewijzigd_door, gewijzigd_op, versie, groeiteldatum)
                values (:swv, :jaar, :teldatum, :drempel, :bron, :door, :op, 0, :groeiteldatum)
                on conflict (swv_code, jaar) do update set teldatum = excluded.teldatum, sbo_drempel_procent = excluded.sbo_drempel_procent,
                       groeiteldatum = excluded.groeiteldatum,
                       bron = excluded.bron, gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op,
                       versie = budget_regeling.versie + 1
                 where budget_regeling.versie = :versie""")
                .param("swv", swv).param("jaar", regeling.jaar().waarde()).param("teldatum", regeling.teldatum())
                .param("drempel", regeling.sboDrempelProcent()).param("bron", regeling.bron()).param("door", door)
                .param("groeiteldatum", regeling.groeiteldatum())
                .param("op", java.sql.Timestamp.from(op)).param("versie", gelezenVersie).update();
        if (bijgewerkt == 0) {
            throw new GelijktijdigeWijzigingException("Iemand anders heeft de bedragen van " + regeling.jaar() + " intussen gewijzigd; uw wijziging is niet opgeslagen.");
        }
        jdbc.sql("delete from budget_bedrag where swv_code = ? and jaar = ?").params(swv, regeling.jaar().waarde()).update();
        regeling.bedragen().forEach((soort, bedrag) -> jdbc.sql("insert into budget_bedrag (swv_code, jaar, soort, bedrag) values (?, ?, ?, ?)")
                .params(swv, regeling.jaar().waarde(), soort.name(), bedrag.euros()).update());
    }

    public Leerlingtelling telling(String swv, int peiljaar) {
        var aantallen = new EnumMap<TypePo, Integer>(TypePo.class);
        jdbc.sql("select type_po, aantal from budget_leerlingtelling where swv_code = ? and peiljaar = ?").params(swv, peiljaar)
                .query(rs -> {
                    aantallen.put(TypePo.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return new Leerlingtelling(peiljaar, aantallen);
    }

    public List<Leerlingtelling> tellingen(String swv) {
        return jdbc.sql("select distinct peiljaar from budget_leerlingtelling where swv_code = ? order by peiljaar desc").param(swv)
                .query(Integer.class).list().stream().map(jaar -> telling(swv, jaar)).toList();
    }

    /** Replaces the counts of these years whole: a new file for a year is the new truth for it. */
    public void vervangTellingen(String swv, Map<Integer, Map<TypePo, Integer>> perPeiljaar, Instant op) {
        perPeiljaar.forEach((peiljaar, aantallen) -> {
            jdbc.sql("delete from budget_leerlingtelling where swv_code = ? and peiljaar = ?").params(swv, peiljaar).update();
            aantallen.forEach((type, aantal) -> jdbc.sql("""
                    insert into budget_leerlingtelling (swv_code, peiljaar, type_po, aantal, ingelezen_op) values (?, ?, ?, ?, ?)""")
                    .params(swv, peiljaar, type.name(), aantal, java.sql.Timestamp.from(op)).update());
        });
    }

    /** The pupils per school the SWV read for these count years: year → school → pupils. */
    public Map<Integer, Map<Long, Long>> leerlingenPerSchool(String swv, java.util.Collection<Integer> peiljaren) {
        var perJaar = new java.util.HashMap<Integer, Map<Long, Long>>();
        jdbc.sql("select peiljaar, vestiging_id, aantal from budget_leerlingen_vestiging where swv_code = ? and peiljaar = any(?)")
                .params(swv, peiljaren.toArray(Integer[]::new))
                .query(rs -> {
                    perJaar.computeIfAbsent(rs.getInt(1), j -> new java.util.HashMap<>()).put(rs.getLong(2), rs.getLong(3));
                });
        return perJaar;
    }

    /** Books the TLV as its decision with this number stands, unless a later decision was booked already (events may arrive late). */
    public void boekTlv(long aanvraagId, String swv, long leerlingId, long vestigingId, String tlvSoort, Bekostigingscategorie categorie,
            LocalDate start, LocalDate einde, int volgnummer, boolean ingetrokken) {
        jdbc.sql("""
                insert into budget_tlv (aanvraag_id, swv_code, leerling_id, vestiging_id, tlv_soort, categorie, startdatum, einddatum,
                                        besluit_volgnummer, ingetrokken)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (aanvraag_id) do update set categorie = excluded.categorie, startdatum = excluded.startdatum,
                       einddatum = excluded.einddatum, besluit_volgnummer = excluded.besluit_volgnummer, ingetrokken = excluded.ingetrokken,
                       vestiging_id = excluded.vestiging_id
                 where budget_tlv.besluit_volgnummer < excluded.besluit_volgnummer""")
                .params(aanvraagId, swv, leerlingId, vestigingId, tlvSoort, categorie == null ? null : categorie.name(), start, einde, volgnummer,
                        ingetrokken)
                .update();
    }

    public void boekVerplichting(long aanvraagId, String swv, long vestigingId, long arrangementsoortId, BigDecimal bedrag, LocalDate van,
            LocalDate totEnMet, int volgnummer, String wijziging) {
        jdbc.sql("""
                insert into budget_verplichting (aanvraag_id, swv_code, vestiging_id, arrangementsoort_id, bedrag, van, tot_en_met,
                                                 besluit_volgnummer, wijziging)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (aanvraag_id) do update set bedrag = excluded.bedrag, van = excluded.van, tot_en_met = excluded.tot_en_met,
                       besluit_volgnummer = excluded.besluit_volgnummer, wijziging = excluded.wijziging, arrangementsoort_id = excluded.arrangementsoort_id
                 where budget_verplichting.besluit_volgnummer < excluded.besluit_volgnummer""")
                .params(aanvraagId, swv, vestigingId, arrangementsoortId, bedrag, van, totEnMet, volgnummer, wijziging).update();
    }

    /** The SWV's (V)SO TLVs, not revoked, that run on the day; names and birth dates are filled in by the caller. */
    public List<Begroting.TlvOpTeldatum> tlvsOp(String swv, LocalDate dag) {
        return jdbc.sql("""
                select aanvraag_id, leerling_id, tlv_soort, categorie, startdatum, einddatum from budget_tlv
                 where swv_code = ? and not ingetrokken and tlv_soort in ('SO', 'VSO') and categorie is not null
                   and startdatum <= ? and (einddatum is null or einddatum >= ?)""")
                .params(swv, dag, dag)
                .query((rs, n) -> new Begroting.TlvOpTeldatum(rs.getLong(1), rs.getLong(2), null, null, rs.getString(3),
                        Bekostigingscategorie.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** The SWV's arrangement commitments that touch the period and still commit an amount. */
    public List<Begroting.Verplichting> verplichtingen(String swv, LocalDate van, LocalDate totEnMet) {
        return jdbc.sql("""
                select aanvraag_id, vestiging_id, bedrag, van, tot_en_met from budget_verplichting
                 where swv_code = ? and wijziging <> 'INGETROKKEN' and tot_en_met is not null and van <= ? and tot_en_met >= ?""")
                .params(swv, totEnMet, van)
                .query((rs, n) -> new Begroting.Verplichting(rs.getLong(1), rs.getLong(2), new Bedrag(rs.getBigDecimal(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** What was paid on the SWV's arrangements in the period, with the school each arrangement is for. */
    public List<Begroting.Realisatie> realisaties(String swv, LocalDate van, LocalDate totEnMet) {
        return jdbc.sql("""
                select r.aanvraag_id, v.vestiging_id, r.datum, r.bedrag from budget_realisatie r
                  join budget_verplichting v on v.aanvraag_id = r.aanvraag_id
                 where r.swv_code = ? and r.datum between ? and ?""")
                .params(swv, van, totEnMet)
                .query((rs, n) -> new Begroting.Realisatie(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), new Bedrag(rs.getBigDecimal(4))))
                .list();
    }

    /** Of these requests, the ones the SWV has an arrangement commitment for. */
    public java.util.Set<Long> verplichtingenVan(String swv, java.util.Collection<Long> aanvragen) {
        return new java.util.HashSet<>(jdbc.sql("select aanvraag_id from budget_verplichting where swv_code = ? and aanvraag_id = any(?)")
                .params(swv, aanvragen.toArray(Long[]::new)).query(Long.class).list());
    }

    /** Of these invoice numbers, the ones read before. */
    public java.util.Set<String> bekendeFacturen(String swv, java.util.Collection<String> factuurnummers) {
        return new java.util.HashSet<>(jdbc.sql("select factuurnummer from budget_realisatie where swv_code = ? and factuurnummer = any(?)")
                .params(swv, factuurnummers.toArray(String[]::new)).query(String.class).list());
    }

    public record NieuweRealisatie(long aanvraagId, String factuurnummer, LocalDate datum, BigDecimal bedrag, BigDecimal uren, String omschrijving) {
    }

    /** All invoices of a file in one statement: a year of invoices can be thousands of lines. */
    public void boekRealisaties(String swv, List<NieuweRealisatie> realisaties, String door, Instant op) {
        jdbc.sql("""
                insert into budget_realisatie (swv_code, aanvraag_id, factuurnummer, datum, bedrag, uren, omschrijving, ingelezen_door, ingelezen_op)
                select ?, unnest(?::bigint[]), unnest(?::text[]), unnest(?::date[]), unnest(?::numeric[]), unnest(?::numeric[]), unnest(?::text[]), ?, ?""")
                .params(swv, realisaties.stream().map(NieuweRealisatie::aanvraagId).toArray(Long[]::new),
                        realisaties.stream().map(NieuweRealisatie::factuurnummer).toArray(String[]::new),
                        realisaties.stream().map(r -> r.datum().toString()).toArray(String[]::new),
                        realisaties.stream().map(r -> r.bedrag().toPlainString()).toArray(String[]::new),
                        realisaties.stream().map(r -> r.uren() == null ? null : r.uren().toPlainString()).toArray(String[]::new),
                        realisaties.stream().map(NieuweRealisatie::omschrijving).toArray(String[]::new), door, java.sql.Timestamp.from(op))
                .update();
    }


    public void vervangVestigingstellingen(String swv, Map<Integer, List<nl.thuisnabij.budget.VestigingstellingImport.Vestigingstelling>> perPeiljaar,
            Instant op) {
        perPeiljaar.forEach((peiljaar, tellingen) -> {
            jdbc.sql("delete from budget_leerlingen_vestiging where swv_code = ? and peiljaar = ?").params(swv, peiljaar).update();
            tellingen.forEach(t -> jdbc.sql("""
                    insert into budget_leerlingen_vestiging (swv_code, peiljaar, vestiging_id, aantal, gewicht, ingelezen_op) values (?, ?, ?, ?, ?, ?)""")
                    .params(swv, peiljaar, t.vestigingId(), t.aantal(), t.gewicht(), java.sql.Timestamp.from(op)).update());
        });
    }

    public List<nl.thuisnabij.budget.Verdeelsleutel.School> scholenInDeSleutel(String swv, int peiljaar) {
        return jdbc.sql("select vestiging_id, aantal, gewicht from budget_leerlingen_vestiging where swv_code = ? and peiljaar = ? order by vestiging_id")
                .params(swv, peiljaar)
                .query((rs, n) -> new nl.thuisnabij.budget.Verdeelsleutel.School(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3))).list();
    }

    public Optional<nl.thuisnabij.budget.Verdeelsleutel> verdeelsleutel(String swv, Bekostigingsjaar jaar) {
        return jdbc.sql("select te_verdelen, vast_per_school, gewogen, versie from budget_verdeelsleutel where swv_code = ? and jaar = ?")
                .params(swv, jaar.waarde())
                .query((rs, n) -> new nl.thuisnabij.budget.Verdeelsleutel(new Bedrag(rs.getBigDecimal(1)), new Bedrag(rs.getBigDecimal(2)), rs.getBoolean(3),
                        rs.getInt(4)))
                .optional();
    }

    public void bewaar(String swv, Bekostigingsjaar jaar, nl.thuisnabij.budget.Verdeelsleutel sleutel, int gelezenVersie, String door, Instant op) {
        int bijgewerkt = jdbc.sql("""
                insert into budget_verdeelsleutel (swv_code, jaar, te_verdelen, vast_per_school, gewogen, gewijzigd_door, gewijzigd_op, versie)
                values (:swv, :jaar, :teVerdelen, :vast, :gewogen, :door, :op, 0)
                on conflict (swv_code, jaar) do update set te_verdelen = excluded.te_verdelen, vast_per_school = excluded.vast_per_school,
                       gewogen = excluded.gewogen, gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op,
                       versie = budget_verdeelsleutel.versie + 1
                 where budget_verdeelsleutel.versie = :versie""")
                .param("swv", swv).param("jaar", jaar.waarde()).param("teVerdelen", sleutel.teVerdelen().euros())
                .param("vast", sleutel.vastPerSchool().euros()).param("gewogen", sleutel.gewogen()).param("door", door)
                .param("op", java.sql.Timestamp.from(op)).param("versie", gelezenVersie).update();
        if (bijgewerkt == 0) {
            throw new GelijktijdigeWijzigingException("Iemand anders heeft de verdeelsleutel van " + jaar + " intussen gewijzigd; uw wijziging is niet opgeslagen.");
        }
    }

    /** Replaces the national counts of these years: the newest national file is the truth for them. */
    public void vervangLandelijkeTellingen(Map<Integer, Map<TypePo, Integer>> perPeiljaar, int swvs, Instant op) {
        perPeiljaar.forEach((peiljaar, aantallen) -> {
            jdbc.sql("delete from budget_landelijke_telling where peiljaar = ?").param(peiljaar).update();
            aantallen.forEach((type, aantal) -> jdbc.sql("""
                    insert into budget_landelijke_telling (peiljaar, type_po, aantal, swvs, ingelezen_op) values (?, ?, ?, ?, ?)""")
                    .params(peiljaar, type.name(), aantal, swvs, java.sql.Timestamp.from(op)).update());
        });
    }

    public List<Leerlingtelling> landelijkeTellingen() {
        var perJaar = new java.util.TreeMap<Integer, EnumMap<TypePo, Integer>>();
        jdbc.sql("select peiljaar, type_po, aantal from budget_landelijke_telling").query(rs -> {
            perJaar.computeIfAbsent(rs.getInt(1), j -> new EnumMap<>(TypePo.class)).put(TypePo.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return perJaar.entrySet().stream().map(e -> new Leerlingtelling(e.getKey(), e.getValue())).toList();
    }

    /** Every SWV's counts at once, for the kengetallen of all SWVs. */
    public Map<String, List<Leerlingtelling>> alleTellingen() {
        var perSwv = new java.util.TreeMap<String, java.util.TreeMap<Integer, EnumMap<TypePo, Integer>>>();
        jdbc.sql("select swv_code, peiljaar, type_po, aantal from budget_leerlingtelling").query(rs -> {
            perSwv.computeIfAbsent(rs.getString(1), s -> new java.util.TreeMap<>()).computeIfAbsent(rs.getInt(2), j -> new EnumMap<>(TypePo.class))
                    .put(TypePo.valueOf(rs.getString(3)), rs.getInt(4));
        });
        var alle = new java.util.TreeMap<String, List<Leerlingtelling>>();
        perSwv.forEach((swv, jaren) -> alle.put(swv, jaren.entrySet().stream().map(e -> new Leerlingtelling(e.getKey(), e.getValue())).toList()));
        return alle;
    }

    public List<Begroting.Kostenpost> eigenKosten(String swv, Bekostigingsjaar jaar) {
        return jdbc.sql("select id, omschrijving, bedrag from budget_eigen_kosten where swv_code = ? and jaar = ? order by id").params(swv, jaar.waarde())
                .query((rs, n) -> new Begroting.Kostenpost(rs.getLong(1), rs.getString(2), new Bedrag(rs.getBigDecimal(3)))).list();
    }

    public long voegKostenToe(String swv, Bekostigingsjaar jaar, String omschrijving, Bedrag bedrag, String door, Instant op) {
        return jdbc.sql("insert into budget_eigen_kosten (swv_code, jaar, omschrijving, bedrag, door, op) values (?, ?, ?, ?, ?, ?) returning id")
                .params(swv, jaar.waarde(), omschrijving, bedrag.euros(), door, java.sql.Timestamp.from(op)).query(Long.class).single();
    }

    /** Removes the SWV's own cost line; false when there was none (another SWV's, or removed already). */
    public boolean verwijderKosten(String swv, long id) {
        return jdbc.sql("delete from budget_eigen_kosten where swv_code = ? and id = ?").params(swv, id).update() == 1;
    }
}
