package nl.thuisnabij.shared;

/** What is wrong with one line of an imported file; line 1 is the header. */
public record Regelfout(int regel, String bericht) {

    @Override
    public String toString() {
        return "regel %d: %s".formatted(regel, bericht);
    }
}
