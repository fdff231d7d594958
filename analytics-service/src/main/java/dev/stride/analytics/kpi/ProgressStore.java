package dev.stride.analytics.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The last progress published per KPI and period (and per KGI), so only real changes are published and streamed. */
@ApplicationScoped
class ProgressStore {

    private final EntityManager em;
    private final ObjectMapper json;

    ProgressStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Stores the progress; true when it differs from what was stored for the KPI and period (or nothing was). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean changed(String tenantId, KpiProgress progress, Instant computedAt) {
        return em.createNativeQuery("""
                insert into kpi_progress (tenant_id, kpi_id, period_start, data, computed_at)
                values (?1, ?2, ?3, cast(?4 as jsonb), ?5)
                on conflict (tenant_id, kpi_id, period_start) do update
                   set data = excluded.data, computed_at = excluded.computed_at
                 where kpi_progress.data is distinct from excluded.data""")
                .setParameter(1, tenantId)
                .setParameter(2, progress.kpiId())
                .setParameter(3, progress.periodStart())
                .setParameter(4, write(progress))
                .setParameter(5, computedAt)
                .executeUpdate() == 1;
    }

    /** Stores a KGI's progress; true when it differs from what was stored (or nothing was). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean changed(String tenantId, KgiProgress progress, Instant computedAt) {
        return em.createNativeQuery("""
                insert into kgi_progress (tenant_id, kgi_id, data, computed_at) values (?1, ?2, cast(?3 as jsonb), ?4)
                on conflict (tenant_id, kgi_id) do update set data = excluded.data, computed_at = excluded.computed_at
                 where kgi_progress.data is distinct from excluded.data""")
                .setParameter(1, tenantId)
                .setParameter(2, progress.kgiId())
                .setParameter(3, write(progress))
                .setParameter(4, computedAt)
                .executeUpdate() == 1;
    }

    private String write(Object progress) {
        try {
            return json.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Progress cannot be written as JSON", e);
        }
    }
}
