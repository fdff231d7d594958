package dev.stride.analytics.events;

import dev.stride.analytics.kpi.ProgressInputs;
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
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * The one path every consumed batch takes: every record is read on its own (a malformed one is dead-lettered), then one
 * transaction records the event ids in {@code processed_event}, skips those already there, applies the rest and records
 * which inputs of the tenants' progress they changed ({@link ProgressInputs}). Only
 * after that commit are the touched KPIs recomputed and the batch acknowledged (by returning); a commit that fails for
 * want of the database is retried, so the partition waits rather than skipping anything.
 */
@ApplicationScoped
class EventBatches {

    private final CloudEventReader reader;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final ProgressInputs inputs;
    private final ProgressTracker progress;

    EventBatches(CloudEventReader reader, ProcessedEvents processed, DeadLetters deadLetters, ProgressInputs inputs,
            ProgressTracker progress) {
        this.reader = reader;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.inputs = inputs;
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
            commit(changes, batch -> apply(batch, topic), applied,
                    (change, reason) -> deadLetters.park(change.record(), reason));
        });
        touched(applied, topic).forEach(progress::touched);
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
        List<Change<T>> applied = new ArrayList<>();
        Retrying.run("replay " + changes.size() + " " + topic.name() + " events", () -> {
            applied.clear();
            // a record the database rejects was dead-lettered when first consumed: skipped
            commit(changes, batch -> reapply(batch, topic), applied, (change, reason) -> { });
        });
        return applied.size();
    }

    private <T> List<Change<T>> reapply(List<Change<T>> changes, Topic<T> topic) {
        processed.lockTenants(changes.stream().map(change -> change.event().tenantId()).toList());
        processed.markProcessed(changes.stream().map(change -> change.event().id()).toList(), topic.name());
        applyPerTenant(changes, topic);
        touched(changes, topic).forEach(inputs::changed);
        return changes;
    }

    /**
     * Applies the batch in one transaction with {@code step}, adding what it applied to {@code applied}. When the
     * database rejects the data of one record (SQLSTATE class 22 or 23), the records are applied one by one and the
     * rejected ones handed to {@code rejected}, so one bad record never stops the partition. Any other failure
     * (database down) propagates, and the whole batch is retried.
     */
    private <T> void commit(List<Change<T>> changes, Function<List<Change<T>>, List<Change<T>>> step,
            List<Change<T>> applied, BiConsumer<Change<T>, String> rejected) {
        try {
            applied.addAll(QuarkusTransaction.requiringNew().call(() -> step.apply(changes)));
        } catch (RuntimeException batchFailure) {
            if (!isDataError(batchFailure)) {
                throw batchFailure;
            }
            for (Change<T> change : changes) {
                try {
                    applied.addAll(QuarkusTransaction.requiringNew().call(() -> step.apply(List.of(change))));
                } catch (RuntimeException failure) {
                    if (!isDataError(failure)) {
                        throw failure;
                    }
                    rejected.accept(change, "rejected by the database: " + sqlMessage(failure));
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
                applied.add(change);
            }
        }
        applyPerTenant(applied, topic);
        touched(applied, topic).forEach(inputs::changed);
        return applied;
    }

    /** Hands the changes to the topic tenant by tenant, each tenant's in the order they came. */
    private static <T> void applyPerTenant(List<Change<T>> changes, Topic<T> topic) {
        Map<String, List<Change<T>>> byTenant = new LinkedHashMap<>();
        for (Change<T> change : changes) {
            byTenant.computeIfAbsent(change.event().tenantId(), tenant -> new ArrayList<>()).add(change);
        }
        byTenant.forEach(topic::apply);
    }

    /** What the changes may have changed, per tenant. */
    private static <T> Map<String, Touched> touched(List<Change<T>> changes, Topic<T> topic) {
        Map<String, Touched> touched = new LinkedHashMap<>();
        for (Change<T> change : changes) {
            touched.merge(change.event().tenantId(), topic.touched(change.event(), change.data()), Touched::and);
        }
        return touched;
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
}
