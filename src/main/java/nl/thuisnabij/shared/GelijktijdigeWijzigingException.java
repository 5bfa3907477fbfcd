package nl.thuisnabij.shared;

/** Someone else saved the same record after this user loaded it (optimistic locking). */
public class GelijktijdigeWijzigingException extends RuntimeException {

    public GelijktijdigeWijzigingException(String bericht) {
        super(bericht);
    }
}
