package dev.stride.analytics.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

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

    /** Records the event as processed; returns false when it already was (then the caller skips it). */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean markProcessed(UUID eventId, String topic) {
        return em.createNativeQuery("""
                insert into processed_event (event_id, topic) values (?1, ?2) on conflict (event_id) do nothing""")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .executeUpdate() == 1;
    }
}
