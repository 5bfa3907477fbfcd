package nl.thuisnabij.ondersteuning;

/** What a school enters for one domain of its profile. */
public record AanbodInvoer(long domeinId, Niveau niveau, String expertise, String voorzieningen, String capaciteit) {
}
