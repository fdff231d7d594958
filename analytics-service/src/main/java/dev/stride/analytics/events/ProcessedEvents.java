package dev.stride.analytics.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The consumers' memory of what they applied: an event id is inserted in the same transaction as its effects, so
 * an event redelivered after a crash, a rebalance or a relay resend changes nothing the second time.
 */
@ApplicationScoped
class ProcessedEvents {

    private final EntityManager em;

    ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Records a batch's events as processed in one statement; returns those that were not yet (the others are
     * skipped by the caller). An id twice in the batch is returned once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<UUID> markProcessed(List<UUID> eventIds, String topic) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (event_id, topic) select unnest(?), ? on conflict (event_id) do nothing
                    returning event_id""")) {
                insert.setArray(1, connection.createArrayOf("uuid", eventIds.toArray()));
                insert.setString(2, topic);
                Set<UUID> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getObject(1, UUID.class));
                    }
                }
                return fresh;
            }
        });
    }

    /**
     * Takes a transaction-scoped lock per tenant of the batch (in a fixed order, so two batches never deadlock): a
     * rebuild takes the same lock, so the live consumers and a rebuild never write one tenant's facts at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockTenants(List<String> tenantIds) {
        for (String tenantId : new TreeSet<>(tenantIds)) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, tenantId)
                    .getSingleResult();
        }
    }
}
