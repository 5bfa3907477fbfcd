package nl.thuisnabij.shared;

/** A record that does not exist, or that the user may not know exists. Message in Dutch. */
public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String bericht) {
        super(bericht);
    }
}
