package nl.thuisnabij.ondersteuning;

/**
 * One kind of support need in the SWV's catalogue, with the level every member school must offer:
 * together these requirements are the SWV's basisondersteuning.
 */
public record Ondersteuningsdomein(long id, String code, String naam, Niveau vereistNiveau, int volgorde, boolean actief) {
}
