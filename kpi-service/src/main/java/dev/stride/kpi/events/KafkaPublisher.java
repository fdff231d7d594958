package dev.stride.kpi.events;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The only class that talks to Kafka: sends outbox rows as CloudEvents in binary mode (key and {@code ce_subject} =
 * aggregate id, {@code ce_id} = outbox row id, extension {@code tenantid}) and completes when the broker has
 * acknowledged every one of them ({@code acks=all}, idempotent producer: see application.properties). A row without
 * data is a tombstone: a record with a null value, which compaction turns into the key's deletion.
 */
@ApplicationScoped
class KafkaPublisher {

    static final String CHANNEL = "kpi-outbox";

    private final MutinyEmitter<String> emitter;
    private final URI source;
    private final String topicPrefix;

    KafkaPublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config) {
        this.emitter = emitter;
        this.source = URI.create(config.source());
        this.topicPrefix = config.topicPrefix().orElse("");
    }

    /** Sends the events in order; fails if any is not acknowledged, in which case all of them are sent again later. */
    Uni<Void> publish(List<PendingEvent> events) {
        List<Uni<Void>> acks = events.stream().map(this::send).toList();
        return acks.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(acks).andCollectFailures().replaceWithVoid();
    }

    private Uni<Void> send(PendingEvent event) {
        OutgoingCloudEventMetadataBuilder<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(event.id().toString())
                .withType(event.type())
                .withSource(source)
                .withSubject(event.aggregateId())
                .withTimestamp(event.occurredAt().atZone(ZoneOffset.UTC))
                .withExtension("tenantid", event.tenantId());
        if (event.payload() != null) {
            cloudEvent = cloudEvent.withDataContentType("application/json");
        }
        Message<String> message = Message.of(event.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(topicPrefix + event.topic())
                        .withKey(event.aggregateId())
                        .build())
                .addMetadata(cloudEvent.build());
        return emitter.sendMessage(message);
    }
}
