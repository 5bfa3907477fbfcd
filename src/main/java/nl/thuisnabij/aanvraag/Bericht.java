package nl.thuisnabij.aanvraag;

import java.util.List;

/** An e-mail to send once the transaction that caused it has committed. */
public record Bericht(List<String> aan, String onderwerp, String tekst) {
}
