package nl.thuisnabij.thuiszitter.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.thuiszitter.Thuiszitter;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores a case whole (with its plan), saved only on the version it was read in; lists select ids in SQL. */
public interface ThuiszitterRepository extends ListCrudRepository<Thuiszitter, Long> {

    default Optional<Thuiszitter> findById(SwvCode swv, long id) {
        return findById(id).filter(t -> t.swv().equals(swv));
    }

    default List<Thuiszitter> findBySwv(SwvCode swv) {
        return laad(findIdsVanSwv(swv));
    }

    default List<Thuiszitter> findByVestiging(SwvCode swv, long vestigingId) {
        return laad(findIdsVanVestiging(swv, vestigingId));
    }

    /** Cases of pupils living in this municipality, in every SWV it lies in. */
    default List<Thuiszitter> findByGemeente(long gemeenteId) {
        return laad(findIdsVanGemeente(gemeenteId));
    }

    default List<Thuiszitter> findByLeerlingen(List<Long> leerlingIds) {
        return laad(findIdsVanLeerlingen(leerlingIds));
    }

    default List<Thuiszitter> findOpenZonderEscalatie() {
        return laad(findIdsOpenZonderEscalatie());
    }

    /** Open cases first, the longest out of school first; a thousand at a time. */
    private List<Thuiszitter> laad(List<Long> ids) {
        var gelezen = new ArrayList<Thuiszitter>(ids.size());
        for (int van = 0; van < ids.size(); van += 1000) {
            gelezen.addAll(findAllById(ids.subList(van, Math.min(van + 1000, ids.size()))));
        }
        gelezen.sort(Comparator.comparing(Thuiszitter::status).thenComparing(Thuiszitter::sinds).thenComparingLong(Thuiszitter::id));
        return gelezen;
    }

    @Query("select id from thuiszitter where swv_code = :swv")
    List<Long> findIdsVanSwv(SwvCode swv);

    @Query("select id from thuiszitter where swv_code = :swv and vestiging_id = :vestigingId")
    List<Long> findIdsVanVestiging(SwvCode swv, long vestigingId);

    @Query("select id from thuiszitter where gemeente_id = :gemeenteId")
    List<Long> findIdsVanGemeente(long gemeenteId);

    @Query("select id from thuiszitter where leerling_id in (:leerlingIds)")
    List<Long> findIdsVanLeerlingen(List<Long> leerlingIds);

    @Query("select id from thuiszitter where status = 'OPEN' and geescaleerd_op is null")
    List<Long> findIdsOpenZonderEscalatie();
}
