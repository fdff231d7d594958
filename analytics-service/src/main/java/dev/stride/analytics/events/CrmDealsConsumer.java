package dev.stride.analytics.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.deal.DealChange;
import dev.stride.analytics.deal.DealFacts;
import dev.stride.analytics.live.LiveUpdates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies {@code crm.deals} to the deal facts, a batch at a time: every record is read on its own (a malformed one
 * is dead-lettered), then one transaction records the event ids in {@code processed_event}, skips those already
 * there and applies the rest. The batch is acknowledged only after that commit; a commit that fails for want of the
 * database is retried, so the partition waits rather than skipping anything.
 */
@ApplicationScoped
class CrmDealsConsumer {

    static final String TOPIC = "crm.deals";
    /** The channel reading {@value #TOPIC} (channel names mirror topic names, with dashes). */
    static final String CHANNEL = "crm-deals";
    private static final String DELETED = "stride.crm.deal.deleted.v1";
    /** Every deal event carries the whole deal; pipeline events on the same topic are not needed yet. */
    private static final Set<String> DEAL_TYPES = Set.of("stride.crm.deal.created.v1", "stride.crm.deal.updated.v1",
            "stride.crm.deal.stage-changed.v1", "stride.crm.deal.won.v1", "stride.crm.deal.lost.v1",
            "stride.crm.deal.reopened.v1", DELETED);
    /** The metrics a deal event can change. */
    private static final Set<String> DEAL_METRICS = Set.of("deals.created", "deals.won.count");

    private final CloudEventReader reader;
    private final ObjectMapper json;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final DealFacts deals;
    private final LiveUpdates live;

    CrmDealsConsumer(CloudEventReader reader, ObjectMapper json, ProcessedEvents processed, DeadLetters deadLetters,
            DealFacts deals, LiveUpdates live) {
        this.reader = reader;
        this.json = json;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.deals = deals;
        this.live = live;
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
                    changes.add(new Change(record, event, dealChange(event)));
                }
            } catch (CloudEventReader.MalformedEventException e) {
                deadLetters.park(record, e.getMessage());
            }
        }
        if (!changes.isEmpty()) {
            Retrying.run("apply " + changes.size() + " " + TOPIC + " events", () -> commit(changes));
            changes.stream().map(change -> change.event().tenantId()).distinct()
                    .forEach(tenant -> live.changed(tenant, DEAL_METRICS));
        }
    }

    private DealChange dealChange(CloudEvent event) throws CloudEventReader.MalformedEventException {
        try {
            DealChange change = json.treeToValue(event.data(), DealChange.class);
            List<String> problems = change.problems();
            if (!problems.isEmpty()) {
                throw new CloudEventReader.MalformedEventException(event.type() + ": " + String.join("; ", problems));
            }
            return change;
        } catch (JsonProcessingException e) {
            throw new CloudEventReader.MalformedEventException(
                    event.type() + " data does not fit: " + e.getOriginalMessage());
        }
    }

    /**
     * Applies the batch in one transaction. When the database rejects the data of one record (SQLSTATE class 22 or
     * 23), the records are applied one by one and the rejected ones dead-lettered, so one bad record never stops the
     * partition. Any other failure (database down) propagates, and the whole batch is retried.
     */
    private void commit(List<Change> changes) {
        try {
            QuarkusTransaction.requiringNew().run(() -> apply(changes));
        } catch (RuntimeException batchFailure) {
            if (!isDataError(batchFailure)) {
                throw batchFailure;
            }
            for (Change change : changes) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> apply(List.of(change)));
                } catch (RuntimeException failure) {
                    if (!isDataError(failure)) {
                        throw failure;
                    }
                    deadLetters.park(change.record(), "rejected by the database: " + sqlMessage(failure));
                }
            }
        }
    }

    private void apply(List<Change> changes) {
        for (Change change : changes) {
            if (processed.markProcessed(change.event().id(), TOPIC)) {
                deals.apply(change.event().tenantId(), change.event().time(), change.deal(),
                        DELETED.equals(change.event().type()));
            }
        }
    }

    private static boolean isDataError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    private static String sqlMessage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState() + " " + sql.getMessage();
            }
        }
        return failure.toString();
    }

    private record Change(ConsumerRecord<String, String> record, CloudEvent event, DealChange deal) {
    }
}
