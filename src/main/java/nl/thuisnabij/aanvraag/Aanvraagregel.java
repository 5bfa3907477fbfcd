package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;

/**
 * A request as a list shows it: no long texts, the outcome of its current decision, with its
 * pupil, school, the coordinator who handles it and the last day of the decision term.
 */
public record Aanvraagregel(Kern kern, Leerling leerling, Vestiging school, String behandelaar, LocalDate beslistermijnTot) {

    /**
     * What the list query reads of a request itself. Action is needed from the coordinator when a
     * request waits to be taken in, or when every expert asked has given advice.
     */
    public record Kern(long id, SwvCode swv, long vestigingId, long leerlingId, Aanvraagsoort soort, boolean verlenging,
            AanvraagStatus status, LocalDate ingediendOp, Long vergaderingId, Besluituitkomst uitkomst, Long coordinatorId, boolean actieNodig,
            int versie, LocalDate aanvullingUiterlijk, Ouderinbreng ouders) {
    }

    /** How far the parents were heard on a draft: not asked yet, asked without an answer yet, answered in their own words, or heard in a conversation the school wrote down. */
    public enum Ouderinbreng {
        NIET_GEVRAAGD, GEVRAAGD, ZIENSWIJZE_ONTVANGEN, GESPREK_VASTGELEGD
    }

    /** The version of the request as listed, for a step taken from the list. */
    public int versie() {
        return kern.versie();
    }

    /** The reference schools, parents and DUO use: the SWV's code and the request's number. */
    public String kenmerk() {
        return kern.swv().waarde() + "-" + kern.id();
    }

    public boolean actieNodig() {
        return kern.actieNodig();
    }

    /** Days left to decide, negative when the term has passed; empty when there is no term to keep (not submitted, or decided). */
    public java.util.OptionalLong dagenOver(LocalDate vandaag) {
        if (beslistermijnTot == null || !kern.status().isOpen()) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(java.time.temporal.ChronoUnit.DAYS.between(vandaag, beslistermijnTot));
    }

    /**
     * What the school has to do on this request, in words, or empty: finish and submit a draft (the
     * parents' view is in when they gave it), deliver what was asked by its day, read a decision with
     * the parents.
     */
    public java.util.Optional<String> teDoenVoorSchool() {
        return switch (kern.status()) {
            case CONCEPT -> java.util.Optional.of(switch (kern.ouders()) {
                case NIET_GEVRAAGD -> "Maak de aanvraag af: vraag de ouders om hun zienswijze en dien de aanvraag in.";
                case GEVRAAGD -> "De ouders zijn om hun zienswijze gevraagd: wacht op hun antwoord of leg het gesprek met hen vast.";
                case ZIENSWIJZE_ONTVANGEN -> "Zienswijze van de ouders ontvangen: lees die en dien de aanvraag in.";
                case GESPREK_VASTGELEGD -> "Gesprek met de ouders vastgelegd: dien de aanvraag in.";
            });
            case AANVULLING_GEVRAAGD -> java.util.Optional.of("Aanvulling gevraagd: lever die"
                    + (kern.aanvullingUiterlijk() == null ? "." : " uiterlijk " + nl.thuisnabij.shared.Datumnotatie.lang(kern.aanvullingUiterlijk()) + "."));
            case BESLOTEN -> java.util.Optional.of("Besluit genomen" + (kern.uitkomst() == null ? "" : " (" + kern.uitkomst().omschrijving() + ")")
                    + ": lees de besluitbrief en bespreek hem met de ouders.");
            default -> java.util.Optional.empty();
        };
    }

    /** The days left in words: "nog 12 dagen", "nog 1 dag", "vandaag", "3 dagen te laat". */
    public String termijn(LocalDate vandaag) {
        var dagen = dagenOver(vandaag);
        if (dagen.isEmpty()) {
            return "—";
        }
        long d = dagen.getAsLong();
        if (d == 0) {
            return "vandaag";
        }
        long aantal = Math.abs(d);
        var woord = aantal == 1 ? "1 dag" : aantal + " dagen";
        return d > 0 ? "nog " + woord : woord + " te laat";
    }

    public long id() {
        return kern.id();
    }

    public SwvCode swv() {
        return kern.swv();
    }

    public Aanvraagsoort soort() {
        return kern.soort();
    }

    public boolean verlenging() {
        return kern.verlenging();
    }

    public AanvraagStatus status() {
        return kern.status();
    }

    public LocalDate ingediendOp() {
        return kern.ingediendOp();
    }

    public Long vergaderingId() {
        return kern.vergaderingId();
    }

    public Besluituitkomst uitkomst() {
        return kern.uitkomst();
    }
}
