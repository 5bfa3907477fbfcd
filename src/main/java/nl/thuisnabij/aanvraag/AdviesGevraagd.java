package nl.thuisnabij.aanvraag;

import java.util.List;

/** The coordinator asked two experts for their independent advice on a TLV. */
public record AdviesGevraagd(long aanvraagId, String swvCode, List<Long> deskundigen) {
}
