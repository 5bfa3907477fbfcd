package nl.thuisnabij.opp.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.opp.Opp;
import nl.thuisnabij.register.SwvCode;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores an OPP whole (its versions, goals and handelingsdeel), saved only on the version it was
 * read in; lists select ids in SQL. The SWV's cases ({@code opp_casus}) decide which OPPs the SWV sees.
 */
public interface OppRepository extends ListCrudRepository<Opp, Long> {

    default Optional<Opp> findById(SwvCode swv, long id) {
        return findById(id).filter(o -> o.swv().equals(swv));
    }

    default List<Opp> findByVestiging(SwvCode swv, long vestigingId) {
        return findAllById(findIdsVanVestiging(swv, vestigingId));
    }

    /** A place in a list: the OPP and its key in the order of the lists (nearest term first). */
    record Plek(long id, long volgorde) {
    }

    /** One page of the school's OPPs after the key given, one row more than a page to tell there is a next one. */
    @Query("select id, volgorde from opp where swv_code = :swv and vestiging_id = :vestigingId and volgorde > :na order by volgorde limit :aantal")
    List<Plek> findPaginaVanVestiging(SwvCode swv, long vestigingId, long na, int aantal);

    /**
     * One page of the OPPs the SWV may see: of pupils for whom it has a case. The case is looked up
     * per OPP in the order of the list (a subquery the planner keeps as a filter), so a page reads
     * about fifty OPPs; as an EXISTS, PostgreSQL joined every OPP of the SWV first (6.8 ms against
     * 0.7 ms at national size).
     */
    @Query("""
            select o.id, o.volgorde from opp o where o.swv_code = :swv and o.volgorde > :na
               and (select true from opp_casus c where c.swv_code = o.swv_code and c.leerling_id = o.leerling_id limit 1)
            order by o.volgorde limit :aantal""")
    List<Plek> findPaginaMetCasus(SwvCode swv, long na, int aantal);

    default List<Opp> findByLeerlingen(List<Long> leerlingIds) {
        return leerlingIds.isEmpty() ? List.of() : findAllById(findIdsVanLeerlingen(leerlingIds));
    }

    @Query("select exists (select 1 from opp where swv_code = :swv)")
    boolean existsBySwv(SwvCode swv);

    @Query("select leerling_id from opp where swv_code = :swv and vestiging_id = :vestigingId")
    List<Long> findLeerlingIdsVanVestiging(SwvCode swv, long vestigingId);

    @Query("select id from opp where swv_code = :swv and vestiging_id = :vestigingId")
    List<Long> findIdsVanVestiging(SwvCode swv, long vestigingId);

    @Query("select id from opp where leerling_id in (:leerlingIds)")
    List<Long> findIdsVanLeerlingen(List<Long> leerlingIds);

    @Query("select id from opp where swv_code = :swv and leerling_id = :leerlingId order by ingeschreven_op desc, id desc")
    List<Long> findIdsVanLeerling(SwvCode swv, long leerlingId);

    @Query("select exists (select 1 from opp_casus where swv_code = :swv and leerling_id = :leerlingId)")
    boolean heeftCasus(SwvCode swv, long leerlingId);

    /**
     * Pupils the SWV granted an arrangement or a TLV without a running OPP that was ever established:
     * each of them must have one (WPO 40a lid 1).
     */
    @Query("""
            select c.leerling_id, string_agg(c.ondersteuning || ' (' || c.aanleiding || ')', ', ' order by c.sinds) as ondersteuning, min(c.sinds) as sinds
            from opp_casus c
            where c.swv_code = :swv and c.ondersteuning in ('ARRANGEMENT', 'TLV')
              and not exists (select 1 from opp o join opp_versie v on v.opp_id = o.id and v.status = 'VASTGESTELD'
                              where o.swv_code = c.swv_code and o.leerling_id = c.leerling_id and o.beeindigd_op is null)
            group by c.leerling_id order by min(c.sinds), c.leerling_id""")
    List<ZonderOpp> findZonderOpp(SwvCode swv);

    record ZonderOpp(long leerlingId, String ondersteuning, LocalDate sinds) {
    }

    @Modifying
    @Query("""
            insert into opp_casus (swv_code, leerling_id, aanleiding, ondersteuning, sinds) values (:swv, :leerlingId, :aanleiding, :ondersteuning, :sinds)
            on conflict (swv_code, leerling_id, aanleiding) do update set ondersteuning = excluded.ondersteuning""")
    void legCasusVast(SwvCode swv, long leerlingId, String aanleiding, String ondersteuning, LocalDate sinds);

    /**
     * Marks each OPP whose term passed once (per term): several nodes running the job at once mark
     * it once, as the second update finds it marked. Returns the ids marked, with their SWV.
     */
    @Query("""
            update opp set te_laat_gemeld_op = :vandaag, te_laat_termijn = termijn
            where beeindigd_op is null and termijn < :vandaag and te_laat_termijn is distinct from termijn
            returning id, swv_code, termijnsoort""")
    List<TeLaat> markeerTeLaat(LocalDate vandaag);

    record TeLaat(long id, String swvCode, String termijnsoort) {
    }
}
