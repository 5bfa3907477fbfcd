package nl.thuisnabij.register;

import java.time.LocalDate;
import java.util.List;

/** A municipal reorganisation applied to the register: a rename (one old name) or a merger. */
public record Herindeling(LocalDate ingangsdatum, List<String> oudeGemeenten, String nieuweGemeente, String uitgevoerdDoor) {

    public boolean isNaamwijziging() {
        return oudeGemeenten.size() == 1;
    }
}
