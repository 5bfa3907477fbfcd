package nl.thuisnabij.aanmelding.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisnabij.aanmelding.Aanmelding;
import nl.thuisnabij.aanmelding.AanmeldingStatus;
import nl.thuisnabij.aanmelding.Plaatsingspoging;
import nl.thuisnabij.aanmelding.Termijnbeleid;
import nl.thuisnabij.aanmelding.Vakantie;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the Aanmelding aggregate whole: registration, needs and the chain of proposals. */
@Repository
public class AanmeldingRepository {

    private final JdbcClient jdbc;

    public AanmeldingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Aanmelding> findById(SwvCode swv, long id) {
        return laad("a.swv_code = ? and a.id = ?", swv.waarde(), id).stream().findFirst();
    }

    /** The registrations where the zorgplicht still runs; the dashboard's partial index serves exactly these. */
    public List<Aanmelding> findOpenBySwv(SwvCode swv) {
        var open = java.util.Arrays.stream(AanmeldingStatus.values()).filter(AanmeldingStatus::isOpen).map(Enum::name).toArray(String[]::new);
        return laad("a.swv_code = ? and a.status = any(?)", swv.waarde(), open);
    }

    public List<Aanmelding> findByVestiging(SwvCode swv, long vestigingId) {
        return laad("a.swv_code = ? and a.vestiging_id = ?", swv.waarde(), vestigingId);
    }

    /** Registrations on which this school has a proposal, open or answered. */
    public List<Aanmelding> findMetVoorstelAan(SwvCode swv, long vestigingId) {
        return laad("a.swv_code = ? and exists (select 1 from plaatsingspoging p where p.aanmelding_id = a.id and p.vestiging_id = ?)",
                swv.waarde(), vestigingId);
    }

    public List<Aanmelding> findByLeerlingen(List<Long> leerlingIds) {
        if (leerlingIds.isEmpty()) {
            return List.of();
        }
        return laad("a.leerling_id = any(?)", (Object) leerlingIds.toArray(Long[]::new));
    }

    public List<Aanmelding> findOpenZonderEscalatie() {
        return laad("a.status = 'AANGEMELD' and a.geescaleerd_op is null");
    }

    public long insert(Aanmelding a) {
        long id = jdbc.sql("""
                insert into aanmelding (swv_code, vestiging_id, leerling_id, datum_aanmelding, gewenste_startdatum,
                                        ondersteuningsbehoefte, status)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(a.swv().waarde(), a.vestigingId(), a.leerlingId(), a.datumAanmelding(), a.gewensteStartdatum(),
                a.ondersteuningsbehoefte(), a.status().name()).query(Long.class).single();
        a.behoeften().forEach((domein, niveau) -> jdbc.sql("insert into aanmelding_behoefte (aanmelding_id, domein_id, niveau) values (?, ?, ?)")
                .params(id, domein, niveau.name()).update());
        return id;
    }

    /** Saves the changed aggregate if nobody else saved it since it was read. */
    public boolean update(Aanmelding a) {
        int rijen = jdbc.sql("""
                update aanmelding set status = ?, verlengd_op = ?, verlengingsreden = ?, onderzoek = ?, besluit_op = ?,
                       besluit_toelichting = ?, geplaatst_vestiging_id = ?, geplaatst_op = ?, geescaleerd_op = ?, versie = versie + 1
                 where id = ? and versie = ?
                """).params(a.status().name(), a.verlengdOp(), a.verlengingsreden(), a.onderzoek(), a.besluitOp(),
                a.besluitToelichting(), a.geplaatstVestigingId(), a.geplaatstOp(), a.geescaleerdOp(), a.id(), a.versie()).update();
        if (rijen != 1) {
            return false;
        }
        for (var p : a.pogingen()) {
            jdbc.sql("""
                    insert into plaatsingspoging (aanmelding_id, vestiging_id, volgnummer, afstand_km, voorgesteld_op, status, reden, beantwoord_op)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (aanmelding_id, volgnummer) do update set status = excluded.status, reden = excluded.reden,
                           beantwoord_op = excluded.beantwoord_op
                    """).params(a.id(), p.vestigingId(), p.volgnummer(), p.afstandKm(), p.voorgesteldOp(), p.antwoord().name(),
                    p.reden(), p.beantwoordOp()).update();
        }
        return true;
    }

    public Termijnbeleid termijnbeleid(SwvCode swv) {
        boolean schorten = jdbc.sql("select vakanties_schorten_termijn_op from zorgplicht_beleid where swv_code = ?")
                .param(swv.waarde()).query(Boolean.class).optional().orElse(false);
        var vakanties = jdbc.sql("select naam, van, tot_en_met from schoolvakantie where swv_code = ? order by van")
                .param(swv.waarde())
                .query((rs, rij) -> new Vakantie(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
        return new Termijnbeleid(schorten, vakanties);
    }

    public void saveTermijnbeleid(SwvCode swv, boolean schortenOp) {
        jdbc.sql("""
                insert into zorgplicht_beleid (swv_code, vakanties_schorten_termijn_op) values (?, ?)
                on conflict (swv_code) do update set vakanties_schorten_termijn_op = excluded.vakanties_schorten_termijn_op
                """).params(swv.waarde(), schortenOp).update();
    }

    public void addVakantie(SwvCode swv, Vakantie vakantie) {
        jdbc.sql("insert into schoolvakantie (swv_code, naam, van, tot_en_met) values (?, ?, ?, ?)")
                .params(swv.waarde(), vakantie.naam(), vakantie.van(), vakantie.totEnMet()).update();
    }

    private List<Aanmelding> laad(String voorwaarde, Object... waarden) {
        var rijen = jdbc.sql("select a.* from aanmelding a where " + voorwaarde + " order by a.datum_aanmelding, a.id")
                .params(waarden).query((rs, rij) -> new Rij(rs)).list();
        if (rijen.isEmpty()) {
            return List.of();
        }
        var ids = rijen.stream().map(r -> r.id).toArray(Long[]::new);
        var behoeften = new HashMap<Long, Map<Long, Niveau>>();
        jdbc.sql("select * from aanmelding_behoefte where aanmelding_id = any(?)").param(ids).query(rs -> {
            behoeften.computeIfAbsent(rs.getLong("aanmelding_id"), k -> new HashMap<>())
                    .put(rs.getLong("domein_id"), Niveau.valueOf(rs.getString("niveau")));
        });
        var pogingen = new HashMap<Long, List<Plaatsingspoging>>();
        jdbc.sql("select * from plaatsingspoging where aanmelding_id = any(?) order by aanmelding_id, volgnummer").param(ids).query(rs -> {
            pogingen.computeIfAbsent(rs.getLong("aanmelding_id"), k -> new ArrayList<>()).add(new Plaatsingspoging(
                    rs.getInt("volgnummer"), rs.getLong("vestiging_id"), rs.getObject("afstand_km", BigDecimal.class),
                    rs.getObject("voorgesteld_op", LocalDate.class), Plaatsingspoging.Antwoord.valueOf(rs.getString("status")),
                    rs.getString("reden"), rs.getObject("beantwoord_op", LocalDate.class)));
        });
        return rijen.stream().map(r -> r.naarAanmelding(behoeften.getOrDefault(r.id, Map.of()), pogingen.getOrDefault(r.id, List.of())))
                .toList();
    }

    private static final class Rij {
        final long id;
        final String swv;
        final long vestigingId;
        final long leerlingId;
        final LocalDate datumAanmelding;
        final LocalDate gewensteStartdatum;
        final boolean ondersteuningsbehoefte;
        final String status;
        final LocalDate verlengdOp;
        final String verlengingsreden;
        final String onderzoek;
        final LocalDate besluitOp;
        final String besluitToelichting;
        final Long geplaatstVestigingId;
        final LocalDate geplaatstOp;
        final LocalDate geescaleerdOp;
        final int versie;

        Rij(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            swv = rs.getString("swv_code");
            vestigingId = rs.getLong("vestiging_id");
            leerlingId = rs.getLong("leerling_id");
            datumAanmelding = rs.getObject("datum_aanmelding", LocalDate.class);
            gewensteStartdatum = rs.getObject("gewenste_startdatum", LocalDate.class);
            ondersteuningsbehoefte = rs.getBoolean("ondersteuningsbehoefte");
            status = rs.getString("status");
            verlengdOp = rs.getObject("verlengd_op", LocalDate.class);
            verlengingsreden = rs.getString("verlengingsreden");
            onderzoek = rs.getString("onderzoek");
            besluitOp = rs.getObject("besluit_op", LocalDate.class);
            besluitToelichting = rs.getString("besluit_toelichting");
            geplaatstVestigingId = rs.getObject("geplaatst_vestiging_id", Long.class);
            geplaatstOp = rs.getObject("geplaatst_op", LocalDate.class);
            geescaleerdOp = rs.getObject("geescaleerd_op", LocalDate.class);
            versie = rs.getInt("versie");
        }

        Aanmelding naarAanmelding(Map<Long, Niveau> behoeften, List<Plaatsingspoging> pogingen) {
            return new Aanmelding(id, new SwvCode(swv), vestigingId, leerlingId, datumAanmelding, gewensteStartdatum,
                    ondersteuningsbehoefte, behoeften, AanmeldingStatus.valueOf(status), verlengdOp, verlengingsreden, onderzoek,
                    besluitOp, besluitToelichting, geplaatstVestigingId, geplaatstOp, geescaleerdOp, pogingen, versie);
        }
    }
}
