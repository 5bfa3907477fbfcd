package nl.thuisnabij.opp;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** An achievable goal of one OPP version, with the level expected by a date, and at evaluation how far it was reached. */
@Table("opp_doel")
public record Doel(int versieNummer, int volgnummer, Ondersteuningsdomein domein, String beschrijving, String niveau, LocalDate streefdatum,
        Doelresultaat resultaat, String toelichting) {

    Doel geevalueerd(Doelresultaat uitkomst, String notitie) {
        return new Doel(versieNummer, volgnummer, domein, beschrijving, niveau, streefdatum, uitkomst, notitie);
    }

    /** The same goal in the next version, to be evaluated again. */
    Doel voorVersie(int versie) {
        return new Doel(versie, volgnummer, domein, beschrijving, niveau, streefdatum, null, null);
    }
}
