package nl.thuisnabij.aanmelding.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.aanmelding.Aanmelding;
import nl.thuisnabij.aanmelding.AanmeldingStatus;
import nl.thuisnabij.register.SwvCode;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores the Aanmelding aggregate whole — registration, needs and the chain of proposals — with
 * Spring Data JDBC, saved only if nobody saved it since it was read. The lists select the ids in SQL
 * and read the aggregates in one statement.
 */
public interface AanmeldingRepository extends ListCrudRepository<Aanmelding, Long> {

    /** A registration of this SWV; one of another SWV is not found, as if it did not exist. */
    default Optional<Aanmelding> findById(SwvCode swv, long id) {
        return findById(id).filter(a -> a.swv().equals(swv));
    }

    /** The registrations where the zorgplicht still runs; the dashboard's partial index serves exactly these. */
    default List<Aanmelding> findOpenBySwv(SwvCode swv) {
        return laad(findIdsMetStatus(swv, Arrays.stream(AanmeldingStatus.values()).filter(AanmeldingStatus::isOpen).toList()));
    }

    default List<Aanmelding> findByVestiging(SwvCode swv, long vestigingId) {
        return laad(findIdsVanVestiging(swv, vestigingId));
    }

    /** Registrations on which this school has a proposal, open or answered. */
    default List<Aanmelding> findMetVoorstelAan(SwvCode swv, long vestigingId) {
        return laad(findIdsMetVoorstelAan(swv, vestigingId));
    }

    default List<Aanmelding> findByLeerlingen(List<Long> leerlingIds) {
        return leerlingIds.isEmpty() ? List.of() : laad(findIdsVanLeerlingen(leerlingIds));
    }

    default List<Aanmelding> findOpenZonderEscalatie() {
        return laad(findIdsOpenZonderEscalatie());
    }

    /** In the order of registration, read a thousand at a time (a statement takes at most 65,535 parameters). */
    private List<Aanmelding> laad(List<Long> ids) {
        var gelezen = new ArrayList<Aanmelding>(ids.size());
        for (int van = 0; van < ids.size(); van += 1000) {
            gelezen.addAll(findAllById(ids.subList(van, Math.min(van + 1000, ids.size()))));
        }
        gelezen.sort(Comparator.comparing(Aanmelding::datumAanmelding).thenComparingLong(Aanmelding::id));
        return gelezen;
    }

    @Query("select id from aanmelding where swv_code = :swv and status in (:statussen)")
    List<Long> findIdsMetStatus(SwvCode swv, Collection<AanmeldingStatus> statussen);

    @Query("select id from aanmelding where swv_code = :swv and vestiging_id = :vestigingId")
    List<Long> findIdsVanVestiging(SwvCode swv, long vestigingId);

    @Query("""
            select a.id from aanmelding a
             where a.swv_code = :swv and exists (select 1 from plaatsingspoging p where p.aanmelding_id = a.id and p.vestiging_id = :vestigingId)
            """)
    List<Long> findIdsMetVoorstelAan(SwvCode swv, long vestigingId);

    /** The pupils registered at this school whose registration it is still investigating. */
    @Query("select leerling_id from aanmelding where swv_code = :swv and vestiging_id = :vestigingId and status = 'AANGEMELD'")
    List<Long> findLeerlingIdsInOnderzoekBij(SwvCode swv, long vestigingId);

    @Query("select id from aanmelding where leerling_id in (:leerlingIds)")
    List<Long> findIdsVanLeerlingen(Collection<Long> leerlingIds);

    @Query("select id from aanmelding where status = 'AANGEMELD' and geescaleerd_op is null")
    List<Long> findIdsOpenZonderEscalatie();

    /**
     * Records the escalation the aggregate decided, only on the version it was read in: when another
     * node escalated it first, this does nothing (0) instead of failing the whole daily run.
     */
    @Modifying
    @Query("update aanmelding set geescaleerd_op = :op, versie = versie + 1 where id = :id and versie = :versie")
    int zetGeescaleerd(long id, int versie, LocalDate op);
}
