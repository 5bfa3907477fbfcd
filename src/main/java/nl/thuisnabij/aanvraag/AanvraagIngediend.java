package nl.thuisnabij.aanvraag;

/** The school submitted a request; the SWV's coordinators hear of it. */
public record AanvraagIngediend(long aanvraagId, String swvCode, Aanvraagsoort soort) {
}
