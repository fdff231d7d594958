package dev.stride.kpi.events;

import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads what was written to a real topic after this tail was opened: it remembers the end offsets first, so a test
 * sees only the records its own actions produced (the broker is shared and keeps everything).
 */
public final class TopicTail implements AutoCloseable {

    private final KafkaCompanion companion;
    private final Map<TopicPartition, Long> start;

    private TopicTail(KafkaCompanion companion, Map<TopicPartition, Long> start) {
        this.companion = companion;
        this.start = start;
    }

    /** Opens a tail on the topic as this profile names it (with the test prefix, e.g. {@code test.kpi.definitions}). */
    public static TopicTail of(String logicalTopic) {
        String topic = ConfigProvider.getConfig().getOptionalValue("stride.outbox.topic-prefix", String.class)
                .orElse("") + logicalTopic;
        KafkaCompanion companion = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        int partitions = companion.topics().describe(topic).get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> ends = IntStream.range(0, partitions).boxed()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> OffsetSpec.latest()));
        Map<TopicPartition, Long> start = companion.offsets().list(ends).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        return new TopicTail(companion, start);
    }

    /** Waits for {@code count} records with this key written since the tail opened, and returns them in order. */
    public List<ConsumerRecord<String, String>> awaitRecords(String key, int count) {
        Function<Multi<ConsumerRecord<String, String>>, Multi<ConsumerRecord<String, String>>> byKey =
                records -> records.select().where(r -> key.equals(r.key()));
        try (var task = companion.consumeStrings().fromOffsets(start, byKey)) {
            return task.awaitRecords(count, Duration.ofSeconds(20)).getRecords();
        }
    }

    /** The value of a header as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        companion.close();
    }
}
