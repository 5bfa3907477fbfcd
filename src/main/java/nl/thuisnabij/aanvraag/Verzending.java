package nl.thuisnabij.aanvraag;

import java.time.Instant;

/** One e-mail about a request: to how many people, its state, and how often it was tried. */
public record Verzending(String onderwerp, int ontvangers, Verzendstatus status, int pogingen, Instant laatstePoging) {
}
