package nl.thuisnabij.leerling;

import java.util.List;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class LeerlingPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    LeerlingPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Verwerking verwerking() {
        return new Verwerking("Leerlingdossier",
                "Vastleggen welke leerling extra ondersteuning nodig heeft of is aangemeld, op welke school, en wie de ouders zijn, zodat "
                        + "het samenwerkingsverband een passende plek kan bieden",
                "Wettelijke taak (AVG art. 6 lid 1 c en e) uit WPO art. 18a, WVO art. 17a en WEC art. 28a", "Leerlingen; hun ouders en verzorgers",
                "Naam, geboortedatum, postcode of woonland, BSN of onderwijsnummer, school en schoolgeschiedenis, residentiële plaatsing; "
                        + "van ouders naam, relatie, e-mailadres, telefoonnummer en hun account",
                false, "Het samenwerkingsverband en de school van de leerling; bij een verhuizing het nieuwe samenwerkingsverband (schoolgeschiedenis)",
                "Zolang de leerling ondersteuning krijgt of is aangemeld, daarna volgens de bewaartermijnen van het samenwerkingsverband",
                List.of("leerling", "ouder_contact", "leerling_schoolhistorie", "leerling_ouderaccount"));
    }

    /** Enrolled at a school of the SWV counts as today; otherwise the day the pupil left; never enrolled, no date. */
    @Override
    public java.util.Map<Long, java.time.LocalDate> laatsteActiviteit(String swvCode, java.util.Collection<Long> leerlingen, java.time.LocalDate vandaag) {
        return Persoonsgegevens.perLeerling(jdbc, """
                select l.id, greatest(max(case when h.leerling_id is not null then coalesce(h.tot, ?) end), l.residentieel_tot)
                  from leerling l left join leerling_schoolhistorie h on h.leerling_id = l.id
                 where l.swv_code = ? and l.id = any(?) group by l.id""", vandaag, swvCode, leerlingen.toArray(Long[]::new));
    }

    @Override
    public void wis(String swvCode, long leerlingId) {
        if (jdbc.sql("select count(*) from leerling where id = ? and swv_code = ?").params(leerlingId, swvCode).query(Long.class).single() == 0) {
            return;
        }
        for (var tabel : List.of("ouder_contact", "leerling_schoolhistorie", "leerling_ouderaccount")) {
            jdbc.sql("delete from " + tabel + " where leerling_id = ?").param(leerlingId).update();
        }
        // the file another SWV made when the pupil moved there keeps its own data, not the link back
        jdbc.sql("update leerling set vorige_leerling_id = null where vorige_leerling_id = ?").param(leerlingId).update();
        jdbc.sql("delete from leerling where id = ? and swv_code = ?").params(leerlingId, swvCode).update();
    }

    /** Everything else points to the pupil's file. */
    @Override
    public int wisvolgorde() {
        return 99;
    }

    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        return List.of(
                Persoonsgegevens.tabel(jdbc, "Leerling", """
                        select voornaam, achternaam, geboortedatum, postcode, woonland, persoonsnummer_soort, persoonsnummer, vestiging_id,
                               residentiele_instelling, residentieel_tot
                          from leerling where id = ? and swv_code = ?""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Ouders en verzorgers", """
                        select naam, relatie, email, telefoon from ouder_contact o join leerling l on l.id = o.leerling_id
                         where l.id = ? and l.swv_code = ? order by o.id""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Schoolgeschiedenis", """
                        select h.vestiging_id, h.van, h.tot from leerling_schoolhistorie h join leerling l on l.id = h.leerling_id
                         where l.id = ? and l.swv_code = ? order by h.van""", leerlingId, swvCode));
    }

    /** The pupil's own file: reading it, and the lists that name it. */
    @Override
    public List<Auditspoor> auditsporen() {
        return List.of(new Auditspoor("leerling", "select id::text from leerling where swv_code = ? and id = ?",
                "select id::text, id from leerling where swv_code = ? and id = any(?)"));
    }
}
