package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** One expert's own written advice: who, with which expertise, for or against, and why. */
public record Deskundigenadvies(int volgnummer, long deskundigeId, String deskundigeNaam, Deskundigheid deskundigheid, boolean positief,
        String motivering, LocalDate gegevenOp) {

    private static final Pattern GEZAMENLIJK = Pattern.compile(
            "gezamenlijk(e)? advies|namens de (commissie|deskundigen)|advies van de commissie|commissieadvies|wij adviseren samen|beide deskundigen adviseren");

    /** Share of word pairs two texts have in common above which they are one advice written twice. */
    private static final double BIJNA_GELIJK = 0.6;

    /** A text that says it is a joint or commission advice (LBT 18-2-2019, no. 108582: it cannot show who the first and second expert are). */
    static boolean isGezamenlijk(String tekst) {
        return GEZAMENLIJK.matcher(tekst.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether two advices are (nearly) the same text: the same words in the same pairs, however spaced or punctuated. */
    static boolean lijktOp(String een, String ander) {
        var woorden = woorden(een);
        var andere = woorden(ander);
        if (woorden.equals(andere)) {
            return true;
        }
        var paren = paren(woorden);
        var anderePaar = paren(andere);
        if (paren.isEmpty() || anderePaar.isEmpty()) {
            return false;
        }
        var gedeeld = new HashSet<>(paren);
        gedeeld.retainAll(anderePaar);
        var samen = new HashSet<>(paren);
        samen.addAll(anderePaar);
        return (double) gedeeld.size() / samen.size() >= BIJNA_GELIJK;
    }

    private static List<String> woorden(String tekst) {
        return List.of(tekst.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
    }

    private static Set<String> paren(List<String> woorden) {
        var paren = new HashSet<String>();
        for (int i = 0; i + 1 < woorden.size(); i++) {
            paren.add(woorden.get(i) + " " + woorden.get(i + 1));
        }
        return paren;
    }
}
