package nl.thuisnabij.aanvraag;

import java.time.Instant;

/**
 * A document attached to a request, or sent with objection {@code bezwaar} against its decision
 * (the content itself is only read on download).
 */
public record Bijlage(long id, String bestandsnaam, String mediatype, int grootte, String sha256, String geuploadDoor, Instant geuploadOp,
        Integer bezwaar) {

    public boolean hoortBijBezwaar() {
        return bezwaar != null;
    }
}
