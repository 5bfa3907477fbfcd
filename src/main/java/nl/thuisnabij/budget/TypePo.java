package nl.thuisnabij.budget;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of primary school in DUO's pupil counts per SWV (column TYPE_PO). The SWV is funded for
 * the pupils of regular primary schools and SBO; SO pupils are counted, not funded through it.
 */
public enum TypePo {
    BO, SBO, SO;

    /** DUO writes "BO" or "BAO", "SBO" or "SBAO", "SO" or "(V)SO". */
    static Optional<TypePo> vanDuo(String waarde) {
        return switch (waarde.strip().toUpperCase(Locale.ROOT)) {
            case "BO", "BAO" -> Optional.of(BO);
            case "SBO", "SBAO" -> Optional.of(SBO);
            case "SO", "(V)SO" -> Optional.of(SO);
            default -> Optional.empty();
        };
    }
}
