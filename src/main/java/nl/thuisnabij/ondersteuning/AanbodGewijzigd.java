package nl.thuisnabij.ondersteuning;

import nl.thuisnabij.register.SwvCode;

/** A support profile or the support catalogue of an SWV changed, so its dekkend aanbod did too. */
public record AanbodGewijzigd(SwvCode swv) {
}
