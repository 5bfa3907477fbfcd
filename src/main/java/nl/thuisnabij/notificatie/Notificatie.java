package nl.thuisnabij.notificatie;

import java.time.Instant;

/** One notification to one person: what happened, where to look, and whether they opened it. */
public record Notificatie(long id, String onderwerp, String tekst, String adres, Instant gemaaktOp, Instant gelezenOp) {

    public boolean isGelezen() {
        return gelezenOp != null;
    }
}
