package dev.stride.analytics.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps kpi-service's KPIs and KGIs as published, with the event's tenant as an explicit parameter: a definition
 * replaces an older version, a tombstone deletes it.
 */
@ApplicationScoped
public class KpiDefinitions {

    private final EntityManager em;

    KpiDefinitions(EntityManager em) {
        this.em = em;
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
    }
}
