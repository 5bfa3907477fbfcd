package nl.thuisnabij.aanvraag.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.aanvraag.Aanvraag;
import nl.thuisnabij.aanvraag.AanvraagStatus;
import nl.thuisnabij.register.SwvCode;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores the Aanvraag aggregate whole — request, asked experts, advices, decision versions and
 * objections — with Spring Data JDBC: saved only if nobody saved it since it was read
 * ({@code @Version}), its events published when it is saved.
 */
public interface AanvraagRepository extends ListCrudRepository<Aanvraag, Long> {

    /** A request of this SWV; one of another SWV is not found, as if it did not exist. */
    default Optional<Aanvraag> findById(SwvCode swv, long id) {
        return findById(id).filter(a -> a.swv().equals(swv));
    }

    default List<Aanvraag> findByIds(SwvCode swv, List<Long> ids) {
        return findByIds(ids).stream().filter(a -> a.swv().equals(swv)).toList();
    }

    /** Several requests in the order of their ids, read in one statement. */
    default List<Aanvraag> findByIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : findAllById(ids).stream().sorted(Comparator.comparingLong(Aanvraag::id)).toList();
    }

    /**
     * The requests that can be due for the daily term check: a status change by date or a passed
     * term not yet reminded of. A superset of what is due; the aggregate decides.
     */
    @Query("""
                with huidig as (
                    select distinct on (b.aanvraag_id) b.aanvraag_id, b.uitkomst, b.startdatum, b.einddatum
                      from besluit b join aanvraag a on a.id = b.aanvraag_id
                     where a.status in ('BESLOTEN', 'GEREGISTREERD_BIJ_DUO', 'ACTIEF')
                     order by b.aanvraag_id, b.volgnummer desc)
                select a.id from aanvraag a
                  left join huidig b on b.aanvraag_id = a.id
                  left join aanvraagbeleid p on p.swv_code = a.swv_code
                 where a.status not in ('CONCEPT', 'INGETROKKEN', 'AFGELOPEN')
                   and ((a.status in ('BESLOTEN', 'GEREGISTREERD_BIJ_DUO') and b.uitkomst <> 'AFGEWEZEN' and b.startdatum <= :vandaag)
                     or (a.status = 'ACTIEF' and b.einddatum < :vandaag)
                     or (a.status = 'ACTIEF' and b.einddatum - coalesce(p.tlv_herinnering_dagen, 90) <= :vandaag
                         and not exists (select 1 from herinnering h where h.aanvraag_id = a.id and h.soort = 'EINDDATUM' and h.peildatum = b.einddatum))
                     or (a.status in ('INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'ADVIES')
                         and a.ingediend_op + 7 * coalesce(p.beslistermijn_weken, 6) < :vandaag
                         and not exists (select 1 from herinnering h where h.aanvraag_id = a.id and h.soort = 'BESLISTERMIJN'
                                            and h.peildatum = a.ingediend_op + 7 * coalesce(p.beslistermijn_weken, 6)))
                     or (a.status = 'AANVULLING_GEVRAAGD' and a.aanvulling_deadline < :vandaag
                         and not exists (select 1 from herinnering h where h.aanvraag_id = a.id and h.soort = 'AANVULLING'
                                            and h.peildatum = a.aanvulling_deadline))
                     or exists (select 1 from bezwaar z where z.aanvraag_id = a.id and z.beslissing is null
                                   and z.termijn_tot + case when a.soort like 'TLV%' then 84 else 42 end < :vandaag
                                   and not exists (select 1 from herinnering h where h.aanvraag_id = a.id and h.soort = 'BEZWAAR'
                                                      and h.peildatum = z.termijn_tot + case when a.soort like 'TLV%' then 84 else 42 end)))
                 order by a.id
                """)
    List<Long> findMogelijkVerlopen(LocalDate vandaag);

    /** A change of state decided by the aggregates of a whole batch, in one statement. */
    default void zetStatus(Collection<Long> ids, AanvraagStatus status) {
        if (!ids.isEmpty()) {
            zetStatusVanAlle(ids, status);
        }
    }

    @Modifying
    @Query("update aanvraag set status = :status, versie = versie + 1 where id in (:ids)")
    void zetStatusVanAlle(Collection<Long> ids, AanvraagStatus status);
}
