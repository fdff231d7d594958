package dev.stride.analytics.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The progress kept current per KPI and period (and per KGI): what was last published, so only real changes are
 * published and streamed, and what {@code GET /kpis/progress} serves while nothing it depends on has changed.
 */
@ApplicationScoped
class ProgressStore {

    private final EntityManager em;
    private final ObjectMapper json;

    ProgressStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Stores the progress, computed at {@code computedAt} from every input change up to {@code inputSeq} and holding
     * until {@code validUntil} (null: only at that moment); true when its figures differ from what was stored for the
     * KPI and period (or nothing was).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean changed(String tenantId, KpiProgress progress, Instant computedAt, long inputSeq, Instant validUntil) {
        return (Boolean) em.createNativeQuery("""
                with old as (select data from kpi_progress where tenant_id = ?1 and kpi_id = ?2 and period_start = ?3)
                insert into kpi_progress (tenant_id, kpi_id, period_start, data, computed_at, input_seq, valid_until)
                values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6, ?7)
                on conflict (tenant_id, kpi_id, period_start) do update
                   set data = excluded.data, computed_at = excluded.computed_at, input_seq = excluded.input_seq,
                       valid_until = excluded.valid_until
                returning (select data from old) is distinct from kpi_progress.data""")
                .setParameter(1, tenantId)
                .setParameter(2, progress.kpiId())
                .setParameter(3, progress.periodStart())
                .setParameter(4, write(progress))
                .setParameter(5, computedAt)
                .setParameter(6, inputSeq)
                .setParameter(7, validUntil)
                .getSingleResult();
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

    /**
     * The tenant's stored KPI progress that may still hold at {@code now}, by KPI and period: past periods' rows and
     * rows whose validity ended are left out (they would be computed afresh anyway).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<Key, Stored> kpis(String tenantId, Instant now) {
        List<?> rows = em.createNativeQuery("""
                select kpi_id, period_start, cast(data as text), input_seq, valid_until from kpi_progress
                 where tenant_id = ?1 and (valid_until is null or valid_until > ?2)""")
                .setParameter(1, tenantId)
                .setParameter(2, now)
                .getResultList();
        Map<Key, Stored> stored = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Key key = new Key((UUID) columns[0], localDate(columns[1]));
            stored.put(key, new Stored(new RawValue((String) columns[2]), ((Number) columns[3]).longValue(),
                    columns[4] == null ? null : instant(columns[4])));
        }
        return stored;
    }

    /** A KPI and a period of it. */
    record Key(UUID kpiId, LocalDate periodStart) {
    }

    /**
     * A stored progress, computed from every input change up to {@code inputSeq}; its figures hold until
     * {@code validUntil} (null: only at the moment they were computed). The progress is the stored JSON, served as is:
     * reading a tree of stored progress parses and re-serializes nothing.
     */
    record Stored(RawValue progress, long inputSeq, Instant validUntil) {

        /** True when it is what computing now would give: nothing it depends on changed since, and still valid. */
        boolean current(Instant now, long lastChange) {
            return inputSeq >= lastChange && validUntil != null && now.isBefore(validUntil);
        }

        /** True when it only holds at the moment it was computed, so it is computed on every read. */
        boolean momentary() {
            return validUntil == null;
        }
    }

    private String write(Object progress) {
        try {
            return json.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Progress cannot be written as JSON", e);
        }
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
