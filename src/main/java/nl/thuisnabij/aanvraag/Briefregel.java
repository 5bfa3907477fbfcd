package nl.thuisnabij.aanvraag;

/** One line of a decision letter: a heading, a paragraph, a bold label, or white space between parts. */
public record Briefregel(Soort soort, String tekst) {

    static final Briefregel WIT = new Briefregel(Soort.WIT, "");

    public enum Soort {
        KOP, TEKST, VET, WIT
    }
}
