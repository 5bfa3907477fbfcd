package nl.thuisnabij.oogo.persistence;

import java.util.List;
import java.util.Optional;
import nl.thuisnabij.oogo.Overleg;
import nl.thuisnabij.register.SwvCode;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores a meeting whole, with its municipalities and agreements; newest first in the lists. */
public interface OverlegRepository extends ListCrudRepository<Overleg, Long> {

    default Optional<Overleg> findById(SwvCode swv, long id) {
        return findById(id).filter(o -> o.swv().equals(swv));
    }

    default List<Overleg> findBySwv(SwvCode swv) {
        return sorteer(findAllById(findIdsVanSwv(swv)));
    }

    /** The meetings this municipality took part in, with whichever SWV. */
    default List<Overleg> findByGemeente(long gemeenteId) {
        return sorteer(findAllById(findIdsVanGemeente(gemeenteId)));
    }

    private static List<Overleg> sorteer(List<Overleg> overleggen) {
        return overleggen.stream().sorted(java.util.Comparator.comparing(Overleg::datum).reversed().thenComparing(Overleg::id)).toList();
    }

    @Query("select id from oogo_overleg where swv_code = :swv")
    List<Long> findIdsVanSwv(SwvCode swv);

    @Query("select oogo_overleg_id from oogo_overleg_gemeente where gemeente_id = :gemeenteId")
    List<Long> findIdsVanGemeente(long gemeenteId);
}
