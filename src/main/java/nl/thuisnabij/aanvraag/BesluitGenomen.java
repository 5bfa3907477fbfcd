package nl.thuisnabij.aanvraag;

/** A decision (or a new one after an objection) was taken; school and parents get the letter. */
public record BesluitGenomen(long aanvraagId, String swvCode, long vestigingId, long leerlingId, int volgnummer) {
}
