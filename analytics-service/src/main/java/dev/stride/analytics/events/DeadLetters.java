package dev.stride.analytics.events;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Parks a record that is not a valid Stride event on {@code <topic>.dlq} with its original headers and the reason,
 * so one bad record never stops the stream and an admin can see what was set aside and why.
 */
@ApplicationScoped
class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final MutinyEmitter<String> emitter;

    DeadLetters(@Channel("dead-letters") MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    void park(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add("dlq-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dlq-original-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dlq-original-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dlq-original-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic() + ".dlq")
                .withKey(record.key())
                .withHeaders(headers)
                .build());
        Retrying.run("dead-letter " + record.topic() + "-" + record.partition() + "@" + record.offset(),
                () -> emitter.sendMessage(message).await().atMost(SEND_TIMEOUT));
    }
}
