package nl.thuisnabij.shared;

/**
 * Text that goes into a cell of a downloaded spreadsheet (CSV). A cell starting with = + - @, a tab
 * or a carriage return is read as a formula by spreadsheet programs, so text typed by someone else
 * (a domain or school name) could run one on the reader's computer (CSV injection); such text gets
 * an apostrophe in front, which spreadsheet programs show as plain text.
 */
public final class Spreadsheettekst {

    private Spreadsheettekst() {
    }

    public static String veilig(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return tekst;
        }
        return "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0 ? "'" + tekst : tekst;
    }
}
