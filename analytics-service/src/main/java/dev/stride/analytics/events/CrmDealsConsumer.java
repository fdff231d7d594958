package dev.stride.analytics.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.deal.DealChange;
import dev.stride.analytics.deal.DealFacts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Applies {@code crm.deals} to the deal facts, a batch at a time: every record is read on its own (a malformed one
 * is dead-lettered), then one transaction records the event ids in {@code processed_event}, skips those already
 * there and applies the rest. The batch is acknowledged only after that commit; a failing commit is retried, so the
 * partition waits rather than skipping anything.
 */
@ApplicationScoped
class CrmDealsConsumer {

    private static final Logger LOG = Logger.getLogger(CrmDealsConsumer.class);
    static final String TOPIC = "crm.deals";
    /** The channel reading {@value #TOPIC} (channel names mirror topic names, with dashes). */
    static final String CHANNEL = "crm-deals";
    private static final Set<String> DEAL_TYPES = Set.of("stride.crm.deal.created.v1", "stride.crm.deal.won.v1");
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final CloudEventReader reader;
    private final ObjectMapper json;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final DealFacts deals;

    CrmDealsConsumer(CloudEventReader reader, ObjectMapper json, ProcessedEvents processed, DeadLetters deadLetters,
            DealFacts deals) {
        this.reader = reader;
        this.json = json;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.deals = deals;
    }

    @Incoming(CHANNEL)
    @Blocking
    @ActivateRequestContext
    void consume(ConsumerRecords<String, String> records) {
        List<Change> changes = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                CloudEvent event = reader.read(record);
                if (DEAL_TYPES.contains(event.type())) {
                    changes.add(new Change(event, dealChange(event)));
                }
            } catch (CloudEventReader.MalformedEventException e) {
                deadLetters.park(record, e.getMessage());
            }
        }
        if (!changes.isEmpty()) {
            commitRetrying(changes);
        }
    }

    private DealChange dealChange(CloudEvent event) throws CloudEventReader.MalformedEventException {
        try {
            DealChange change = json.treeToValue(event.data(), DealChange.class);
            List<String> missing = change.missingFields();
            if (!missing.isEmpty()) {
                throw new CloudEventReader.MalformedEventException(event.type() + " lacks " + missing);
            }
            return change;
        } catch (JsonProcessingException e) {
            throw new CloudEventReader.MalformedEventException(
                    event.type() + " data does not fit: " + e.getOriginalMessage());
        }
    }

    private void commitRetrying(List<Change> changes) {
        Duration backoff = Duration.ofMillis(500);
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> apply(changes));
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not apply a batch of %d %s events; retrying in %s", changes.size(), TOPIC, backoff);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void apply(List<Change> changes) {
        for (Change change : changes) {
            if (processed.markProcessed(change.event().id(), TOPIC)) {
                deals.apply(change.event().tenantId(), change.event().time(), change.deal());
            }
        }
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }

    private record Change(CloudEvent event, DealChange deal) {
    }
}
