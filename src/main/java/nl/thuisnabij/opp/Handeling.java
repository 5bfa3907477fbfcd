package nl.thuisnabij.opp;

import org.springframework.data.relational.core.mapping.Table;

/** One line of the handelingsdeel: who does what, how often, with which means, and which arrangement of the SWV it uses. */
@Table("opp_handeling")
public record Handeling(int versieNummer, int volgnummer, String wat, String wie, String hoeVaak, String middelen, String arrangement) {

    Handeling voorVersie(int versie) {
        return new Handeling(versie, volgnummer, wat, wie, hoeVaak, middelen, arrangement);
    }
}
