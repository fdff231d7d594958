package dev.stride.analytics.rebuild;

import dev.stride.analytics.events.Replay;
import dev.stride.analytics.kpi.ProgressInputs;
import dev.stride.analytics.kpi.ProgressTracker;
import dev.stride.analytics.kpi.Touched;
import dev.stride.analytics.platform.CurrentTenant;
import dev.stride.analytics.platform.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Rebuilds a tenant's analytics from the topics: deletes its facts, definitions and stored progress in one
 * transaction, replays its events from the start of every topic, then recomputes every KPI. Idempotent facts make it
 * safe while the live consumers go on; one rebuild per tenant runs at a time.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    /** Every table holding a tenant's analytics state (the processed_event log is kept: replays ignore it). */
    private static final List<String> TENANT_TABLES = List.of("lead_fact", "deal_fact", "activity_fact",
            "subscription_fact", "mrr_change", "tenant_settings", "kpi_definition", "kpi_progress", "kgi_definition",
            "kgi_progress", "metric_day", "team_fact");

    private final EntityManager em;
    private final Replay replay;
    private final ProgressTracker progress;
    private final ProgressInputs inputs;
    private final CurrentTenant tenant;
    private final Clock clock;

    RebuildService(EntityManager em, Replay replay, ProgressTracker progress, ProgressInputs inputs,
            CurrentTenant tenant, Clock clock) {
        this.em = em;
        this.replay = replay;
        this.progress = progress;
        this.inputs = inputs;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** Starts a rebuild of the caller's tenant; 409 while one runs. */
    RebuildStatus start() {
        String tenantId = tenant.id();
        Instant started = clock.instant();
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                insert into rebuild (tenant_id, state, started_at) values (?1, 'RUNNING', ?2)
                on conflict (tenant_id) do update
                   set state = 'RUNNING', started_at = excluded.started_at, finished_at = null, events = 0,
                       error = null
                 where rebuild.state <> 'RUNNING'""")
                .setParameter(1, tenantId)
                .setParameter(2, started)
                .executeUpdate() == 1);
        if (!claimed) {
            throw new ProblemException.Conflict("A rebuild of this tenant's analytics is already running; follow it "
                    + "with GET /rebuild and start another once it is done.");
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> run(tenantId));
        return new RebuildStatus(RebuildStatus.State.RUNNING, started, null, 0, null);
    }

    /** The caller's tenant's last rebuild, if any. */
    Optional<RebuildStatus> last() {
        List<?> rows = em.createNativeQuery("""
                select state, started_at, finished_at, events, error from rebuild where tenant_id = ?1""")
                .setParameter(1, tenant.id())
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new RebuildStatus(
                RebuildStatus.State.valueOf((String) row[0]), instant(row[1]), row[2] == null ? null : instant(row[2]),
                ((Number) row[3]).longValue(), (String) row[4])).findFirst();
    }

    /** Rebuilds the tenant's analytics; returns how many events were applied again (0 when it failed). */
    @ActivateRequestContext
    long run(String tenantId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                // the live consumers take the same lock per tenant, so no batch of theirs interleaves with this
                em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                        .setParameter(1, tenantId).getSingleResult();
                for (String table : TENANT_TABLES) {
                    em.createNativeQuery("delete from " + table + " where tenant_id = ?1")
                            .setParameter(1, tenantId)
                            .executeUpdate();
                }
                inputs.changed(tenantId, Touched.everything());
            });
            long events = replay.tenant(tenantId);
            progress.touched(tenantId, Touched.everything());
            finish(tenantId, "DONE", events, null);
            LOG.infof("Rebuilt the analytics of tenant %s from %d events", tenantId, events);
            return events;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rebuilding the analytics of tenant %s failed", tenantId);
            finish(tenantId, "FAILED", 0, e.getMessage() != null ? e.getMessage() : e.toString());
            return 0;
        }
    }

    private void finish(String tenantId, String state, long events, String error) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update rebuild set state = ?2, finished_at = ?3, events = ?4, error = ?5 where tenant_id = ?1""")
                .setParameter(1, tenantId)
                .setParameter(2, state)
                .setParameter(3, clock.instant())
                .setParameter(4, events)
                .setParameter(5, error)
                .executeUpdate());
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
