package nl.thuisnabij.budget;

import java.util.EnumMap;
import java.util.Map;

/** The SWV's pupils on a count date (peiljaar), by kind of school, as DUO published them. */
public record Leerlingtelling(int peiljaar, Map<TypePo, Integer> aantallen) {

    public Leerlingtelling {
        aantallen = aantallen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(aantallen));
    }

    public int aantal(TypePo type) {
        return aantallen.getOrDefault(type, 0);
    }

    /** The pupils the SWV is funded for: regular primary and SBO. */
    public int bekostigd() {
        return aantal(TypePo.BO) + aantal(TypePo.SBO);
    }
}
