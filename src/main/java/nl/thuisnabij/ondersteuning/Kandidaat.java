package nl.thuisnabij.ondersteuning;

/** A member school whose current profile covers every need asked for, with its free places. */
public record Kandidaat(long vestigingId, int beschikbarePlaatsen) {
}
