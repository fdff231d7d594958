package dev.stride.analytics.events;

import dev.stride.analytics.kpi.ProgressTracker;
import dev.stride.analytics.kpi.Touched;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * The one path every consumed batch takes: every record is read on its own (a malformed one is dead-lettered), then one
 * transaction records the event ids in {@code processed_event}, skips those already there and applies the rest. Only
 * after that commit are the touched KPIs recomputed and the batch acknowledged (by returning); a commit that fails for
 * want of the database is retried, so the partition waits rather than skipping anything.
 */
@ApplicationScoped
class EventBatches {

    private final CloudEventReader reader;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final ProgressTracker progress;

    EventBatches(CloudEventReader reader, ProcessedEvents processed, DeadLetters deadLetters,
            ProgressTracker progress) {
        this.reader = reader;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.progress = progress;
    }

    <T> void consume(ConsumerRecords<String, String> records, Topic<T> topic) {
        List<Change<T>> changes = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                CloudEvent event = reader.read(record);
                T change = topic.read(event);
                if (change != null) {
                    changes.add(new Change<>(record, event, change));
                }
            } catch (CloudEventReader.MalformedEventException e) {
                deadLetters.park(record, e.getMessage());
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        List<Change<T>> applied = new ArrayList<>();
        Retrying.run("apply " + changes.size() + " " + topic.name() + " events", () -> {
            applied.clear();
            commit(changes, topic, applied);
        });
        Map<String, Touched> touched = new LinkedHashMap<>();
        for (Change<T> change : applied) {
            touched.merge(change.event().tenantId(), topic.touched(change.event(), change.data()), Touched::and);
        }
        touched.forEach(progress::touched);
    }

    /**
     * Applies again the events of one tenant among these records, for a rebuild: malformed records were dead-lettered
     * when first consumed and are skipped, and so is a record the database rejects. Applying a fact is idempotent
     * (a state never replaces a newer one), so an event the live consumer applies meanwhile is harmless. Returns how
     * many events were applied.
     */
    <T> int replay(List<ConsumerRecord<String, String>> records, Topic<T> topic, String tenantId) {
        List<Change<T>> changes = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                CloudEvent event = reader.read(record);
                T change = tenantId.equals(event.tenantId()) ? topic.read(event) : null;
                if (change != null) {
                    changes.add(new Change<>(record, event, change));
                }
            } catch (CloudEventReader.MalformedEventException e) {
                // parked on the dead-letter topic when it was first consumed
            }
        }
        int[] applied = { 0 };
        Retrying.run("replay " + changes.size() + " " + topic.name() + " events", () -> {
            applied[0] = 0;
            try {
                QuarkusTransaction.requiringNew().run(() -> applied[0] = reapply(changes, topic));
            } catch (RuntimeException batchFailure) {
                if (!isDataError(batchFailure)) {
                    throw batchFailure;
                }
                for (Change<T> change : changes) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> applied[0] += reapply(List.of(change), topic));
                    } catch (RuntimeException failure) {
                        if (!isDataError(failure)) {
                            throw failure;
                        }
                    }
                }
            }
        });
        return applied[0];
    }

    private <T> int reapply(List<Change<T>> changes, Topic<T> topic) {
        processed.lockTenants(changes.stream().map(change -> change.event().tenantId()).toList());
        processed.markProcessed(changes.stream().map(change -> change.event().id()).toList(), topic.name());
        for (Change<T> change : changes) {
            topic.apply(change.event(), change.data());
        }
        return changes.size();
    }

    /**
     * Applies the batch in one transaction. When the database rejects the data of one record (SQLSTATE class 22 or
     * 23), the records are applied one by one and the rejected ones dead-lettered, so one bad record never stops the
     * partition. Any other failure (database down) propagates, and the whole batch is retried.
     */
    private <T> void commit(List<Change<T>> changes, Topic<T> topic, List<Change<T>> applied) {
        try {
            List<Change<T>> batch = new ArrayList<>();
            QuarkusTransaction.requiringNew().run(() -> batch.addAll(apply(changes, topic)));
            applied.addAll(batch);
        } catch (RuntimeException batchFailure) {
            if (!isDataError(batchFailure)) {
                throw batchFailure;
            }
            for (Change<T> change : changes) {
                try {
                    List<Change<T>> one = new ArrayList<>();
                    QuarkusTransaction.requiringNew().run(() -> one.addAll(apply(List.of(change), topic)));
                    applied.addAll(one);
                } catch (RuntimeException failure) {
                    if (!isDataError(failure)) {
                        throw failure;
                    }
                    deadLetters.park(change.record(), "rejected by the database: " + sqlMessage(failure));
                }
            }
        }
    }

    private <T> List<Change<T>> apply(List<Change<T>> changes, Topic<T> topic) {
        processed.lockTenants(changes.stream().map(change -> change.event().tenantId()).toList());
        Set<UUID> fresh = processed.markProcessed(changes.stream().map(change -> change.event().id()).toList(),
                topic.name());
        List<Change<T>> applied = new ArrayList<>();
        for (Change<T> change : changes) {
            if (fresh.remove(change.event().id())) {
                topic.apply(change.event(), change.data());
                applied.add(change);
            }
        }
        return applied;
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

    private record Change<T>(ConsumerRecord<String, String> record, CloudEvent event, T data) {
    }
}
