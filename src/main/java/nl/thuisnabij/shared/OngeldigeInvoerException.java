package nl.thuisnabij.shared;

/**
 * Input that breaks a domain rule. The message is Dutch and meant for the user: it says what is
 * wrong and, where it can, what would be right. When the rule concerns one field of a form, the
 * exception names that field so the page can show the message beside it.
 */
public class OngeldigeInvoerException extends IllegalArgumentException {

    private final String veld;

    public OngeldigeInvoerException(String bericht) {
        this(null, bericht);
    }

    public OngeldigeInvoerException(String veld, String bericht) {
        super(bericht);
        this.veld = veld;
    }

    /** The form field the message belongs to, or null when it concerns the form as a whole. */
    public String veld() {
        return veld;
    }

    /** The same message, now pinned to the field the value was read from. */
    public OngeldigeInvoerException bijVeld(String naam) {
        var metVeld = new OngeldigeInvoerException(naam, getMessage());
        metVeld.initCause(this);
        return metVeld;
    }
}
