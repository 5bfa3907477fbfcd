package nl.thuisnabij.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.Persoonsgegevens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SWV's record of AVG requests (inzage, correction, erasure, restriction, objection) and their outcome. */
@Service
public class AvgVerzoeken {

    private final JdbcClient jdbc;
    private final Leerlingen leerlingen;
    private final List<Persoonsgegevens> modules;
    private final AuditLog auditLog;
    private final Clock klok;

    AvgVerzoeken(JdbcClient jdbc, Leerlingen leerlingen, List<Persoonsgegevens> modules, AuditLog auditLog, Clock klok) {
        this.jdbc = jdbc;
        this.leerlingen = leerlingen;
        this.modules = modules.stream().sorted(java.util.Comparator.comparingInt(Persoonsgegevens::wisvolgorde)).toList();
        this.auditLog = auditLog;
        this.klok = klok;
    }

    /** Open requests first, the nearest term on top; then the handled ones, the latest first. */
    public List<AvgVerzoek> lijst(SwvCode swv) {
        auditLog.lezen(swv.waarde(), "avg_verzoek", null, "AVG-verzoeken bekeken");
        return jdbc.sql("select * from avg_verzoek where swv_code = ? order by afgehandeld_op desc nulls first, ontvangen_op, id limit 500")
                .param(swv.waarde()).query(AvgVerzoeken::verzoek).list();
    }

    @Transactional
    public long registreer(SwvCode swv, AvgVerzoek.Soort soort, Long leerlingId, String verzoeker, LocalDate ontvangenOp, String omschrijving,
            String door) {
        if (ontvangenOp.isAfter(LocalDate.now(klok))) {
            throw new OngeldigeInvoerException("ontvangenOp", "de datum van ontvangst ligt in de toekomst");
        }
        if (leerlingId != null && leerlingen.vind(swv, leerlingId).isEmpty()) {
            throw new OngeldigeInvoerException("leerling", "er is geen leerling met dit nummer in dit samenwerkingsverband");
        }
        long id = jdbc.sql("""
                insert into avg_verzoek (swv_code, soort, leerling_id, verzoeker, ontvangen_op, omschrijving, geregistreerd_door)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(swv.waarde(), soort.name(), leerlingId, verzoeker.strip(), ontvangenOp, omschrijving.strip(), door)
                .query(Long.class).single();
        auditLog.schrijven(swv.waarde(), "avg_verzoek", String.valueOf(id), "AVG-verzoek geregistreerd: " + soort.omschrijving());
        return id;
    }

    @Transactional
    public LocalDate verleng(SwvCode swv, long id, String reden, int gelezenVersie, String door) {
        var verzoek = bestaand(swv, id);
        var tot = verzoek.verlenging(LocalDate.now(klok));
        if (jdbc.sql("update avg_verzoek set verlengd_tot = ?, verlengingsreden = ?, versie = versie + 1 where id = ? and versie = ?")
                .params(tot, reden.strip(), id, gelezenVersie).update() != 1) {
            throw new GelijktijdigeWijzigingException("iemand anders heeft dit verzoek net gewijzigd");
        }
        auditLog.schrijven(swv.waarde(), "avg_verzoek", String.valueOf(id), "termijn verlengd tot " + tot + " door " + door);
        return tot;
    }

    /**
     * Records the outcome; a (partial) refusal says why, as the requester must be told (art. 12 lid 4).
     * An erasure granted is carried out at once, in every module, all or nothing, once the officer has
     * confirmed it; answers whether data was erased.
     */
    @Transactional
    public boolean handelAf(SwvCode swv, long id, AvgVerzoek.Uitkomst uitkomst, String toelichting, boolean bevestigd, int gelezenVersie, String door) {
        var verzoek = bestaand(swv, id);
        if (verzoek.isAfgehandeld()) {
            throw new nl.thuisnabij.shared.OngeldigeStapException("dit verzoek is al afgehandeld");
        }
        if (verzoek.versie() != gelezenVersie) {
            throw new GelijktijdigeWijzigingException("iemand anders heeft dit verzoek net gewijzigd");
        }
        if (uitkomst != AvgVerzoek.Uitkomst.TOEGEWEZEN && (toelichting == null || toelichting.isBlank())) {
            throw new OngeldigeInvoerException("toelichting", "schrijf waarom het verzoek (deels) is afgewezen; de verzoeker moet dat horen");
        }
        boolean wissen = verzoek.soort() == AvgVerzoek.Soort.WISSING && uitkomst == AvgVerzoek.Uitkomst.TOEGEWEZEN;
        if (wissen && verzoek.leerlingId() == null) {
            throw new OngeldigeInvoerException("uitkomst", "bij dit verzoek is geen leerling vastgelegd, dus er valt niets te wissen; "
                    + "leg het verzoek opnieuw vast met het nummer van de leerling");
        }
        if (wissen && !bevestigd) {
            throw new OngeldigeInvoerException("bevestigd", "vink aan dat alle gegevens van de leerling nu worden gewist; dat kan niet ongedaan worden gemaakt");
        }
        if (wissen) {
            long leerling = verzoek.leerlingId();
            modules.forEach(module -> module.wis(swv.waarde(), leerling));
            auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(leerling), "alle gegevens gewist op verzoek %d (AVG art. 17)".formatted(id));
        }
        if (jdbc.sql("""
                update avg_verzoek set uitkomst = ?, toelichting = ?, afgehandeld_op = ?, afgehandeld_door = ?, versie = versie + 1
                 where id = ? and versie = ?""").params(uitkomst.name(), toelichting == null ? null : toelichting.strip(), LocalDate.now(klok), door, id,
                gelezenVersie).update() != 1) {
            throw new GelijktijdigeWijzigingException("iemand anders heeft dit verzoek net gewijzigd");
        }
        auditLog.schrijven(swv.waarde(), "avg_verzoek", String.valueOf(id), "AVG-verzoek afgehandeld: " + uitkomst.omschrijving());
        return wissen;
    }

    private AvgVerzoek bestaand(SwvCode swv, long id) {
        return jdbc.sql("select * from avg_verzoek where id = ? and swv_code = ?").params(id, swv.waarde()).query(AvgVerzoeken::verzoek).optional()
                .orElseThrow(() -> new NietGevondenException("verzoek %d hoort niet bij %s".formatted(id, swv)));
    }

    private static AvgVerzoek verzoek(java.sql.ResultSet rs, int rij) throws java.sql.SQLException {
        return new AvgVerzoek(rs.getLong("id"), AvgVerzoek.Soort.valueOf(rs.getString("soort")), rs.getObject("leerling_id", Long.class),
                rs.getString("verzoeker"), rs.getObject("ontvangen_op", LocalDate.class), rs.getString("omschrijving"),
                rs.getObject("verlengd_tot", LocalDate.class), rs.getString("verlengingsreden"),
                rs.getString("uitkomst") == null ? null : AvgVerzoek.Uitkomst.valueOf(rs.getString("uitkomst")), rs.getString("toelichting"),
                rs.getObject("afgehandeld_op", LocalDate.class), rs.getString("afgehandeld_door"), rs.getInt("versie"));
    }
}
