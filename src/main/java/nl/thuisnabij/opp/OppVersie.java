package nl.thuisnabij.opp;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of an OPP: its content (outflow with rationale, deviations, the pupil's own view,
 * for (V)SO the advice of the commissie voor de begeleiding), the OOGO with the parents that
 * preceded its establishment, the parents' answer on its handelingsdeel, and its evaluation.
 * The goals and the handelingsdeel of a version are parts of the OPP ({@link Doel}, {@link Handeling}).
 */
@Table("opp_versie")
public record OppVersie(int volgnummer, Status status, LocalDate gestartOp, String gestartDoor, Uitstroombestemming uitstroombestemming,
        String onderbouwing, String belemmerendeFactoren, String bevorderendeFactoren, String afwijkingen, String visieLeerling, String adviesCvb,
        LocalDate oogoOp, String oogoDeelnemers, String oogoAfspraken, String zienswijzeOuders, Instemming instemming, Instant instemmingOp,
        String instemmingDoor, Long instemmingOuderId, String instemmingToelichting, LocalDate vastgesteldOp, LocalDate evaluatieOp,
        String evaluatieDeelnemers, String evaluatieConclusie, String evaluatieAdviesCvb) {

    public enum Status {
        CONCEPT("concept: de school werkt eraan"),
        WACHT_OP_INSTEMMING("besproken met de ouders, wacht op hun antwoord over het handelingsdeel"),
        VASTGESTELD("vastgesteld");

        private final String omschrijving;

        Status(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public enum Instemming {
        GEGEVEN, GEWEIGERD
    }

    static OppVersie concept(int volgnummer, LocalDate op, String door) {
        return new OppVersie(volgnummer, Status.CONCEPT, op, door, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** The next version begins with the content of this one; the OOGO, consent and evaluation are its own. */
    OppVersie volgende(int nummer, LocalDate op, String door) {
        return new OppVersie(nummer, Status.CONCEPT, op, door, uitstroombestemming, onderbouwing, belemmerendeFactoren, bevorderendeFactoren,
                afwijkingen, visieLeerling, adviesCvb, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    OppVersie metInhoud(Uitstroombestemming bestemming, String waarom, String belemmerend, String bevorderend, String afwijking, String visie) {
        return new OppVersie(volgnummer, status, gestartOp, gestartDoor, bestemming, waarom, belemmerend, bevorderend, afwijking, visie, adviesCvb,
                oogoOp, oogoDeelnemers, oogoAfspraken, zienswijzeOuders, instemming, instemmingOp, instemmingDoor, instemmingOuderId,
                instemmingToelichting, vastgesteldOp, evaluatieOp, evaluatieDeelnemers, evaluatieConclusie, evaluatieAdviesCvb);
    }

    OppVersie metAdviesCvb(String advies) {
        return new OppVersie(volgnummer, status, gestartOp, gestartDoor, uitstroombestemming, onderbouwing, belemmerendeFactoren,
                bevorderendeFactoren, afwijkingen, visieLeerling, advies, oogoOp, oogoDeelnemers, oogoAfspraken, zienswijzeOuders, instemming,
                instemmingOp, instemmingDoor, instemmingOuderId, instemmingToelichting, vastgesteldOp, evaluatieOp, evaluatieDeelnemers,
                evaluatieConclusie, evaluatieAdviesCvb);
    }

    OppVersie metOogo(LocalDate op, String deelnemers, String afspraken, String zienswijze) {
        return new OppVersie(volgnummer, Status.WACHT_OP_INSTEMMING, gestartOp, gestartDoor, uitstroombestemming, onderbouwing,
                belemmerendeFactoren, bevorderendeFactoren, afwijkingen, visieLeerling, adviesCvb, op, deelnemers, afspraken, zienswijze, null,
                null, null, null, null, null, null, null, null, null);
    }

    OppVersie metAntwoord(Instemming antwoord, Instant op, String ouder, long ouderId, String toelichting, LocalDate vandaag) {
        return new OppVersie(volgnummer, Status.VASTGESTELD, gestartOp, gestartDoor, uitstroombestemming, onderbouwing, belemmerendeFactoren,
                bevorderendeFactoren, afwijkingen, visieLeerling, adviesCvb, oogoOp, oogoDeelnemers, oogoAfspraken, zienswijzeOuders, antwoord, op,
                ouder, ouderId, toelichting, vandaag, null, null, null, null);
    }

    OppVersie metEvaluatie(LocalDate op, String deelnemers, String conclusie, String adviesCommissie) {
        return new OppVersie(volgnummer, status, gestartOp, gestartDoor, uitstroombestemming, onderbouwing, belemmerendeFactoren,
                bevorderendeFactoren, afwijkingen, visieLeerling, adviesCvb, oogoOp, oogoDeelnemers, oogoAfspraken, zienswijzeOuders, instemming,
                instemmingOp, instemmingDoor, instemmingOuderId, instemmingToelichting, vastgesteldOp, op, deelnemers, conclusie, adviesCommissie);
    }

    public boolean isVastgesteld() {
        return status == Status.VASTGESTELD;
    }

    public boolean isGeevalueerd() {
        return evaluatieOp != null;
    }

    /** Whether the parents agreed to the handelingsdeel of this version, so it is the one the school carries out. */
    public boolean handelingsdeelGeldt() {
        return instemming == Instemming.GEGEVEN;
    }
}
