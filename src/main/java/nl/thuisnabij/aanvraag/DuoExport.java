package nl.thuisnabij.aanvraag;

import java.time.Instant;

/** One export of TLVs to DUO: when, by whom, how many; its file can be downloaded again. */
public record DuoExport(long id, Instant geexporteerdOp, String door, int aantal) {
}
