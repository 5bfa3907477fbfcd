package nl.thuisnabij.shared;

import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a module does with personal data, declared by the module itself: its processing activity for
 * the register of processing activities (AVG art. 30) and its part of what Thuisnabij holds about one
 * pupil, for a subject-access request (art. 15). A module that stores personal data has one bean of
 * this type; a test holds every table about pupils to a declaration.
 */
public interface Persoonsgegevens {

    /**
     * One processing activity as art. 30 lid 1 lists it.
     *
     * @param tabellen the tables it keeps the data in, so no table about pupils goes undeclared
     */
    record Verwerking(String naam, String doel, String grondslag, String betrokkenen, String gegevens, boolean gezondheidsgegevens,
            String ontvangers, String bewaartermijn, List<String> tabellen) {

        public Verwerking {
            tabellen = List.copyOf(tabellen);
        }
    }

    Verwerking verwerking();

    /** This module's tables about the pupil of this SWV, empty when it holds nothing about them. */
    List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId);

    /**
     * Erases what this module holds about the pupil of this SWV (AVG art. 17), in the caller's
     * transaction. Records that point to others' records are erased first: see {@link #wisvolgorde()}.
     */
    void wis(String swvCode, long leerlingId);

    /**
     * The last day this module did something for each of these pupils of the SWV, for the SWV's
     * retention period; a case still open counts as {@code vandaag}. Pupils it knows nothing of are
     * absent.
     */
    java.util.Map<Long, LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, LocalDate vandaag);

    /**
     * How the audit log's records of one kind lead to their pupil, so the privacy officer finds every
     * access to a pupil's data (their requests, registrations, OPPs…), not only to the pupil's file.
     * The log names a record by kind and number as text; a number may carry a suffix after a slash
     * (a decision is {@code aanvraag/volgnummer}).
     *
     * @param vanLeerling selects the record numbers (text) of one pupil; parameters: SWV code, pupil
     * @param leerlingVan selects (record number as text, pupil) for records; parameters: SWV code, the
     *     numbers before any slash as {@code bigint[]}
     */
    record Auditspoor(String recordsoort, String vanLeerling, String leerlingVan) {
    }

    /** The kinds of record this module writes to the audit log about a pupil; none by default. */
    default List<Auditspoor> auditsporen() {
        return List.of();
    }

    /** The rows of a query of (pupil, date) as a map, for {@link #laatsteActiviteit}. */
    static java.util.Map<Long, LocalDate> perLeerling(JdbcClient jdbc, String sql, Object... parameters) {
        var data = new java.util.HashMap<Long, LocalDate>();
        jdbc.sql(sql).params(parameters).query(rs -> {
            var datum = rs.getObject(2, LocalDate.class);
            if (datum != null) {
                data.put(rs.getLong(1), datum);
            }
        });
        return data;
    }

    /** When this module erases: lower first; the pupil's own file, which everything points to, last. */
    default int wisvolgorde() {
        return 10;
    }

    /** A query's rows as a table of text, the column names as headings; dates as 23-11-2026. */
    static Rapport.Tabel tabel(JdbcClient jdbc, String titel, String sql, Object... parameters) {
        var kolommen = new ArrayList<String>();
        var rijen = new ArrayList<List<String>>();
        jdbc.sql(sql).params(parameters).query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            if (kolommen.isEmpty()) {
                for (int k = 1; k <= meta.getColumnCount(); k++) {
                    kolommen.add(meta.getColumnLabel(k).replace('_', ' '));
                }
            }
            var rij = new ArrayList<String>();
            for (int k = 1; k <= meta.getColumnCount(); k++) {
                rij.add(tekst(rs.getObject(k)));
            }
            rijen.add(rij);
        });
        return new Rapport.Tabel(titel, kolommen.isEmpty() ? List.of("—") : kolommen, rijen);
    }

    private static String tekst(Object waarde) {
        return switch (waarde) {
            case null -> "";
            case java.sql.Date datum -> datum.toLocalDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            case LocalDate datum -> datum.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            case java.sql.Timestamp tijd -> tijd.toInstant().atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                    .format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"));
            case OffsetDateTime tijd -> tijd.atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")).format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"));
            case Boolean waar -> waar ? "ja" : "nee";
            case java.sql.Array lijst -> {
                try {
                    yield java.util.Arrays.toString((Object[]) lijst.getArray());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            default -> waarde.toString();
        };
    }
}
