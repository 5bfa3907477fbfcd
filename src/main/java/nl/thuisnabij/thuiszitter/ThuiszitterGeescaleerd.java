package nl.thuisnabij.thuiszitter;

/** A case has been open longer than three months without a fitting offer: the SWV director and the municipality are told. */
public record ThuiszitterGeescaleerd(long thuiszitterId, String swvCode, Long gemeenteId) {
}
