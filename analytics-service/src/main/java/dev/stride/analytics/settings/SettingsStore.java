package dev.stride.analytics.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.AnalyticsConfig;
import dev.stride.analytics.metric.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants' settings as last published by kpi-service, stored as they came; read with the tenant as an explicit
 * parameter, so the consumers' recomputation and the API read the same calendar.
 */
@ApplicationScoped
public class SettingsStore {

    private final EntityManager em;
    private final ObjectMapper json;
    private final AnalyticsConfig config;
    private final Rollups rollups;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    SettingsStore(EntityManager em, ObjectMapper json, AnalyticsConfig config, Rollups rollups) {
        this.em = em;
        this.json = json;
        this.config = config;
        this.rollups = rollups;
    }

    /**
     * Keeps the newest settings of the tenant (by the event's business time); when its time zone changed, its daily
     * rollups are derived again in the new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String tenantId, Instant eventTime, TenantSettings settings) {
        String zoneBefore = of(tenantId).timeZone();
        em.createNativeQuery("""
                insert into tenant_settings (tenant_id, data, event_time) values (?1, cast(?2 as jsonb), ?3)
                on conflict (tenant_id) do update
                   set data = excluded.data, event_time = excluded.event_time, revision = excluded.revision
                 where tenant_settings.event_time <= excluded.event_time""")
                .setParameter(1, tenantId)
                .setParameter(2, write(settings))
                .setParameter(3, eventTime)
                .executeUpdate();
        String zoneAfter = of(tenantId).timeZone();
        if (!zoneAfter.equals(zoneBefore)) {
            rollups.rederive(tenantId, zoneAfter);
        }
    }

    /**
     * The tenant's settings, or the defaults while kpi-service has published none. Every progress read and
     * recomputation asks, and a year of holidays makes them kilobytes of JSON: they are parsed again only when their
     * revision moved.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TenantSettings of(String tenantId) {
        Parsed known = parsed.get(tenantId);
        List<?> rows = em.createNativeQuery("""
                select revision, case when revision = ?2 then null else cast(data as text) end
                  from tenant_settings where tenant_id = ?1""")
                .setParameter(1, tenantId)
                .setParameter(2, known != null ? known.revision() : -1L)
                .getResultList();
        if (rows.isEmpty()) {
            return TenantSettings.defaults(config.defaultTimeZone());
        }
        Object[] row = (Object[]) rows.getFirst();
        if (row[1] == null) {
            return known.settings();
        }
        try {
            TenantSettings settings = json.readValue((String) row[1], TenantSettings.class);
            parsed.put(tenantId, new Parsed(((Number) row[0]).longValue(), settings));
            return settings;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored settings of " + tenantId + " cannot be read", e);
        }
    }

    /** A tenant's settings as parsed at a revision. */
    private record Parsed(long revision, TenantSettings settings) {
    }

    private String write(TenantSettings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Settings cannot be written as JSON", e);
        }
    }
}
