package nl.thuisnabij.ondersteuning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A school site's support profile for one school year. It must be set again at least once every
 * four years (WPO/WVO: the SOP is set at least every four years), and every domain should meet the
 * level the SWV requires of all its members.
 */
public record Schoolondersteuningsprofiel(long id, long vestigingId, Schooljaar schooljaar, LocalDate vastgesteldOp,
        int beschikbarePlaatsen, String toelichting, List<Aanbod> aanbod, int versie) {

    public static final int ACTUALISATIE_JAREN = 4;

    public Schoolondersteuningsprofiel {
        aanbod = List.copyOf(aanbod);
    }

    public List<Aanbod> onderBasisondersteuning() {
        return aanbod.stream().filter(Aanbod::onderVereisteBasis).toList();
    }

    public LocalDate uiterlijkOpnieuwVaststellen() {
        return vastgesteldOp.plusYears(ACTUALISATIE_JAREN);
    }

    public boolean actualisatieVerlopen(LocalDate vandaag) {
        return vandaag.isAfter(uiterlijkOpnieuwVaststellen());
    }

    public Niveau niveauVoor(long domeinId) {
        return aanbod(domeinId).map(Aanbod::niveau).orElse(Niveau.GEEN);
    }

    public Optional<Aanbod> aanbod(long domeinId) {
        return aanbod.stream().filter(a -> a.domein().id() == domeinId).findFirst();
    }
}
