package dev.stride.crm.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Purges the raw headers and body of deliveries older than their endpoint's {@code body_retention_days} (a tenant's
 * admin sets it per endpoint, 30 days by default): personal data a sender posted is not kept longer than needed to
 * apply and replay it. The log line (time, status, dedupe key, size, attempts, reason) stays, marked purged; a
 * delivery still waiting to be applied keeps its body. Every tenant's endpoints at once, so native SQL; in batches,
 * so a first run over a long history never holds one huge transaction.
 */
@ApplicationScoped
class WebhookDeliveryPurge {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryPurge.class);
    private static final int BATCH = 1_000;

    private final EntityManager em;
    private final Clock clock;

    WebhookDeliveryPurge(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(every = "${stride.webhooks.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = purge();
        if (purged > 0) {
            LOG.infof("Purged the stored bodies of %d webhook deliveries past their endpoint's retention", purged);
        }
    }

    /** Purges what is due now; how many deliveries. */
    int purge() {
        Instant now = clock.instant();
        int total = 0;
        int purged;
        do {
            purged = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    update webhook_delivery set body = null, headers = null, purged_at = ?1
                     where id in (select d.id from webhook_delivery d
                                    join webhook_endpoint e on e.id = d.endpoint_id
                                   where d.body is not null and d.status <> 'RECEIVED'
                                     and d.received_at < cast(?1 as timestamptz)
                                                         - make_interval(days => e.body_retention_days)
                                   limit ?2 for update of d skip locked)""")
                    .setParameter(1, now)
                    .setParameter(2, BATCH)
                    .executeUpdate());
            total += purged;
        } while (purged == BATCH);
        return total;
    }
}
