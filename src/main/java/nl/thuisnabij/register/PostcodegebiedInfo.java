package nl.thuisnabij.register;

/** A postcode area the SWV covers, with its municipality of today. */
public record PostcodegebiedInfo(String postcode4, String gemeente) {
}
