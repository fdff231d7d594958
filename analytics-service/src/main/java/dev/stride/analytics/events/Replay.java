package dev.stride.analytics.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;

/**
 * Reads every consumed topic from its start up to where it ends now, with a consumer of its own (no group, so the live
 * consumers' offsets stay as they are, on every replica), and applies one tenant's events again.
 */
@ApplicationScoped
public class Replay {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Instance<Topic<?>> topics;
    private final EventBatches batches;
    private final Config config;

    Replay(Instance<Topic<?>> topics, EventBatches batches, Config config) {
        this.topics = topics;
        this.batches = batches;
        this.config = config;
    }

    /** Applies the tenant's events of every topic again, oldest first per partition; returns how many. */
    public long tenant(String tenantId) {
        long applied = 0;
        for (Topic<?> topic : topics) {
            applied += replay(topic, tenantId);
        }
        return applied;
    }

    private long replay(Topic<?> topic, String tenantId) {
        String name = config.getValue("mp.messaging.incoming." + topic.channel() + ".topic", String.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(name)) {
                partitions.add(new TopicPartition(name, partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            ends.entrySet().removeIf(end -> end.getValue() == 0);
            long applied = 0;
            while (!ends.isEmpty()) {
                ConsumerRecords<String, String> polled = consumer.poll(POLL);
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : polled) {
                    Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
                    if (end != null && record.offset() < end) {
                        batch.add(record);
                    }
                }
                applied += batches.replay(batch, topic, tenantId);
                ends.entrySet().removeIf(end -> consumer.position(end.getKey()) >= end.getValue());
            }
            return applied;
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers",
                String.class));
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return properties;
    }
}
