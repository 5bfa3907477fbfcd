package nl.thuisnabij.leerling;

import java.util.Collection;
import java.util.List;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.register.SwvCode;

/**
 * Where a pupil's records are, for the search box: each module that keeps records about pupils
 * names those this user may open, with the page that shows them. A pupil the user may see nothing
 * of is not found at all. Asked only for staff of an SWV or of one of its schools, in their own SWV.
 */
public interface Vindplaatsen {

    record Vindplaats(long leerlingId, String wat, String link) {
    }

    List<Vindplaats> van(Gebruiker kijker, SwvCode swv, Collection<Long> leerlingen);
}
