package dev.stride.analytics.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.kpi.KgiProgress;
import dev.stride.analytics.kpi.KpiProgress;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes changed KPI and KGI progress to {@code kpi.progress} (key = the KPI's or KGI's id), as CloudEvents like
 * every Stride event. Derived data, sent directly (ARCHITECTURE.md): a lost send is repaired by the next
 * recomputation, so a failure is logged, never retried in the consumer's way.
 */
@ApplicationScoped
public class ProgressPublisher {

    /** The event type of a KPI's new progress. */
    public static final String TYPE = "stride.analytics.kpi.progress-changed.v1";
    /** The event type of a KGI's new progress. */
    public static final String KGI_TYPE = "stride.analytics.kgi.progress-changed.v1";
    private static final Logger LOG = Logger.getLogger(ProgressPublisher.class);
    private static final URI SOURCE = URI.create("/stride/analytics-service");

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;

    ProgressPublisher(@Channel("kpi-progress") MutinyEmitter<String> emitter, ObjectMapper json) {
        this.emitter = emitter;
        this.json = json;
    }

    public void publish(String tenantId, List<KpiProgress> progress, Instant computedAt) {
        progress.forEach(kpi -> send(tenantId, TYPE, kpi.kpiId(), kpi, computedAt));
    }

    public void publishKgis(String tenantId, List<KgiProgress> progress, Instant computedAt) {
        progress.forEach(kgi -> send(tenantId, KGI_TYPE, kgi.kgiId(), kgi, computedAt));
    }

    private void send(String tenantId, String type, UUID id, Object progress, Instant computedAt) {
        Message<String> message = Message.of(write(progress))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(id.toString()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(UUID.randomUUID().toString())
                        .withType(type)
                        .withSource(SOURCE)
                        .withSubject(id.toString())
                        .withTimestamp(computedAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .withExtension("tenantid", tenantId)
                        .build());
        emitter.sendMessage(message).subscribe().with(sent -> { },
                failure -> LOG.warnf(failure, "Could not publish the progress of %s", id));
    }

    private String write(Object progress) {
        try {
            return json.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Progress cannot be written as JSON", e);
        }
    }
}
