package nl.thuisnabij.leerling;

import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.account.Gebruiker;

/**
 * What happened for a child and what happens next, as the child's parent reads it on their first
 * page. Each module that handles children gives its part (registrations, requests, OPPs, time out
 * of school) in plain words; the parent's page puts them in order per child. A step without a
 * deadline that the parent can take now is expected today.
 */
public interface Tijdlijn {

    /**
     * One step: done on a day, or expected by a day ({@code verwacht}); where the parent reads more,
     * and whom to ask about it.
     */
    record Moment(long leerlingId, LocalDate datum, String wat, boolean verwacht, String link, String contact) {
    }

    /** The moments of these children of this parent; the page reads the children once and hands them to every module. */
    List<Moment> vanKinderen(Gebruiker ouder, List<Leerling> kinderen, LocalDate vandaag);
}
