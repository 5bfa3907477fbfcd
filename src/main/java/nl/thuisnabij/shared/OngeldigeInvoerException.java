package nl.thuisnabij.shared;

/**
 * Input that breaks a domain rule. The message is Dutch and meant for the user: it says what is
 * wrong and, where it can, what would be right.
 */
public class OngeldigeInvoerException extends IllegalArgumentException {

    public OngeldigeInvoerException(String bericht) {
        super(bericht);
    }
}
