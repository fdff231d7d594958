package dev.stride.analytics.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * When each input of a tenant's progress last changed ({@code progress_input}): a metric, a KPI's or KGI's
 * definition, or everything at once. Recorded in the transaction that changes the input, under the tenant's lock, so
 * a stored progress computed after a change was committed knows it includes it; read to tell whether a stored progress
 * is still current.
 */
@ApplicationScoped
public class ProgressInputs {

    /** The input standing for everything: the tenant's calendar, rates and time zone, or a rebuild. */
    static final String EVERYTHING = "*";

    private final EntityManager em;

    ProgressInputs(EntityManager em) {
        this.em = em;
    }

    /** Records that what {@code touched} names changed in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String tenantId, Touched touched) {
        TreeSet<String> inputs = new TreeSet<>(touched.metrics());
        touched.definitions().forEach(id -> inputs.add(id.toString()));
        if (touched.all()) {
            inputs.add(EVERYTHING);
        }
        if (inputs.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into progress_input (tenant_id, input, changed_seq)
                select ?1, input, nextval('progress_input_seq') from unnest(cast(?2 as text[])) as input
                on conflict (tenant_id, input) do update set changed_seq = excluded.changed_seq""")
                .setParameter(1, tenantId)
                .setParameter(2, inputs.toArray(String[]::new))
                .executeUpdate();
    }

    /**
     * When the tenant's progress last changed in any input, as of now: a progress computed after reading this includes
     * every change up to it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    long latest(String tenantId) {
        return ((Number) em.createNativeQuery(
                "select coalesce(max(changed_seq), 0) from progress_input where tenant_id = ?1")
                .setParameter(1, tenantId)
                .getSingleResult()).longValue();
    }

    /** When each of these inputs of the tenant's progress (and everything at once) last changed, as of now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Changes of(String tenantId, Collection<String> inputs) {
        List<?> rows = em.createNativeQuery("""
                select input, changed_seq from progress_input
                 where tenant_id = ?1 and (input = ?2 or input = any(cast(?3 as text[])))""")
                .setParameter(1, tenantId)
                .setParameter(2, EVERYTHING)
                .setParameter(3, inputs.toArray(String[]::new))
                .getResultList();
        Map<String, Long> last = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            last.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return new Changes(last);
    }

    /** When each input last changed; an input never recorded changed at 0. */
    record Changes(Map<String, Long> last) {

        /** The latest change of anything a progress of this metric and definition depends on. */
        long of(String metricId, UUID definitionId) {
            return Math.max(last.getOrDefault(EVERYTHING, 0L),
                    Math.max(last.getOrDefault(metricId, 0L), last.getOrDefault(definitionId.toString(), 0L)));
        }
    }
}
