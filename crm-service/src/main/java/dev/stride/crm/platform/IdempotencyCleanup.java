package dev.stride.crm.platform;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets the stored first responses of {@code Idempotency-Key} requests once they are older than the retention
 * ({@code stride.idempotency.retention}, 24 hours by default, as the API documents), every hour, for all tenants.
 */
@ApplicationScoped
public class IdempotencyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    private final EntityManager em;
    private final Clock clock;
    private final Duration retention;

    IdempotencyCleanup(EntityManager em, Clock clock,
            @ConfigProperty(name = "stride.idempotency.retention", defaultValue = "PT24H") Duration retention) {
        this.em = em;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes the expired responses. Tenant-less infrastructure, so native SQL. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void removeExpired() {
        int removed = em.createNativeQuery("delete from idempotent_request where created_at < ?1")
                .setParameter(1, clock.instant().minus(retention)).executeUpdate();
        if (removed > 0) {
            LOG.infof("Forgot %d idempotency keys older than %s", removed, retention);
        }
    }
}
