package nl.thuisnabij.shared;

/** A step the rules of the process do not allow in the record's current state. Message in Dutch. */
public class OngeldigeStapException extends OngeldigeInvoerException {

    public OngeldigeStapException(String bericht) {
        super(bericht);
    }
}
