package nl.thuisnabij.budget;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.shared.Persoonsgegevens;
import nl.thuisnabij.shared.Rapport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The budget keeps which pupil a (V)SO deduction is for: the TLV, not the reasons behind it. */
@Component
class BudgetPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    BudgetPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Verwerking verwerking() {
        return new Verwerking("Budget en inhoudingen",
                "Het budget voor extra ondersteuning bijhouden: welke leerlingen met een toelaatbaarheidsverklaring van het samenwerkingsverband "
                        + "DUO op de teldatum van het budget afhoudt, en welke arrangementen aan scholen zijn toegekend",
                "Wettelijke taak (AVG art. 6 lid 1 c en e) uit WPO art. 18a en 118, WEC art. 117", "Leerlingen met een toelaatbaarheidsverklaring of een arrangement",
                "Soort en categorie van de toelaatbaarheidsverklaring, de periode, de school; de geboortedatum uit het leerlingregister voor de "
                        + "leeftijd op de teldatum",
                false, "Financiële medewerkers en de directeur van het samenwerkingsverband",
                "Volgens de bewaartermijnen van het samenwerkingsverband", List.of("budget_tlv", "budget_verplichting", "budget_realisatie"));
    }

    /** A deduction is no activity for the pupil: the TLV behind it is, and the aanvraag module reports that. */
    @Override
    public Map<Long, LocalDate> laatsteActiviteit(String swvCode, Collection<Long> leerlingen, LocalDate vandaag) {
        return Map.of();
    }

    /**
     * A commitment to a school and what was paid on it stay: they are the SWV's money, not the pupil's
     * data. Once the request they name is erased, its number points to nothing, so nothing in them leads
     * to the pupil any more.
     */
    @Override
    public void wis(String swvCode, long leerlingId) {
        jdbc.sql("delete from budget_tlv where leerling_id = ? and swv_code = ?").params(leerlingId, swvCode).update();
    }

    @Override
    public List<Rapport.Tabel> vanLeerling(String swvCode, long leerlingId) {
        return List.of(Persoonsgegevens.tabel(jdbc, "Toelaatbaarheidsverklaringen in het budget", """
                select aanvraag_id, tlv_soort, categorie, startdatum, einddatum, ingetrokken from budget_tlv
                 where leerling_id = ? and swv_code = ? order by aanvraag_id""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Arrangementen in het budget", """
                        select v.aanvraag_id, v.bedrag, v.van, v.tot_en_met, v.wijziging from budget_verplichting v join aanvraag a on a.id = v.aanvraag_id
                         where a.leerling_id = ? and v.swv_code = ? order by v.aanvraag_id""", leerlingId, swvCode),
                Persoonsgegevens.tabel(jdbc, "Betaald op arrangementen", """
                        select r.aanvraag_id, r.factuurnummer, r.datum, r.bedrag, r.uren from budget_realisatie r join aanvraag a on a.id = r.aanvraag_id
                         where a.leerling_id = ? and r.swv_code = ? order by r.id""", leerlingId, swvCode));
    }
}
