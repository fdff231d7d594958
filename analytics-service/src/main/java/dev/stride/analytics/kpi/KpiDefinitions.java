package dev.stride.analytics.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * kpi-service's KPIs and KGIs as published: a definition replaces an older version, a tombstone deletes it. Native SQL
 * with the tenant as an explicit parameter, for the writes (the consumer acts for the event's tenant) and the reads
 * alike: every progress read and recomputation lists them, and Hibernate translates an entity query afresh each time
 * while the tenant filter is on (it caches no plan for a session with filters), besides managing each row as an entity.
 */
@ApplicationScoped
public class KpiDefinitions {

    private final EntityManager em;
    private final ObjectMapper json;

    KpiDefinitions(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The tenant's KPIs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<KpiData> kpis(String tenantId) {
        return read(em.createNativeQuery("select cast(data as text) from kpi_definition where tenant_id = ?1")
                .setParameter(1, tenantId)
                .getResultList(), KpiData.class);
    }

    /** One of the tenant's KPIs, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    KpiData kpi(String tenantId, UUID kpiId) {
        List<KpiData> kpis = read(em.createNativeQuery(
                "select cast(data as text) from kpi_definition where tenant_id = ?1 and kpi_id = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, kpiId)
                .getResultList(), KpiData.class);
        return kpis.isEmpty() ? null : kpis.getFirst();
    }

    /** The tenant's KGIs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<KgiData> kgis(String tenantId) {
        return read(em.createNativeQuery("select cast(data as text) from kgi_definition where tenant_id = ?1")
                .setParameter(1, tenantId)
                .getResultList(), KgiData.class);
    }

    private <T> List<T> read(List<?> rows, Class<T> type) {
        List<T> definitions = new ArrayList<>(rows.size());
        for (Object row : rows) {
            try {
                definitions.add(json.readValue((String) row, type));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored " + type.getSimpleName() + " cannot be read: " + row, e);
            }
        }
        return definitions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void define(String tenantId, KpiData kpi, String data) {
        em.createNativeQuery("""
                insert into kpi_definition (tenant_id, kpi_id, version, data) values (?1, ?2, ?3, cast(?4 as jsonb))
                on conflict (tenant_id, kpi_id) do update set version = excluded.version, data = excluded.data
                 where kpi_definition.version <= excluded.version""")
                .setParameter(1, tenantId)
                .setParameter(2, kpi.id())
                .setParameter(3, kpi.version() != null ? kpi.version() : 0L)
                .setParameter(4, data)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void define(String tenantId, KgiData kgi, String data) {
        em.createNativeQuery("""
                insert into kgi_definition (tenant_id, kgi_id, version, data) values (?1, ?2, ?3, cast(?4 as jsonb))
                on conflict (tenant_id, kgi_id) do update set version = excluded.version, data = excluded.data
                 where kgi_definition.version <= excluded.version""")
                .setParameter(1, tenantId)
                .setParameter(2, kgi.id())
                .setParameter(3, kgi.version() != null ? kgi.version() : 0L)
                .setParameter(4, data)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteKgi(String tenantId, UUID kgiId) {
        for (String table : new String[] { "kgi_definition", "kgi_progress" }) {
            em.createNativeQuery("delete from " + table + " where tenant_id = ?1 and kgi_id = ?2")
                    .setParameter(1, tenantId)
                    .setParameter(2, kgiId)
                    .executeUpdate();
        }
        forgetInput(tenantId, kgiId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String tenantId, UUID kpiId) {
        em.createNativeQuery("delete from kpi_definition where tenant_id = ?1 and kpi_id = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, kpiId)
                .executeUpdate();
        em.createNativeQuery("delete from kpi_progress where tenant_id = ?1 and kpi_id = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, kpiId)
                .executeUpdate();
        forgetInput(tenantId, kpiId);
    }

    /**
     * A deleted definition is no input of any progress any more: its {@code progress_input} row goes with it, or the
     * rows of every KPI ever deleted would make each recomputation's {@link ProgressInputs#latest} slower.
     */
    private void forgetInput(String tenantId, UUID definitionId) {
        em.createNativeQuery("delete from progress_input where tenant_id = ?1 and input = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, definitionId.toString())
                .executeUpdate();
    }
}
