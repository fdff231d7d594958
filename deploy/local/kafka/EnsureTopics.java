import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Creates the local stack's topics in one JVM start, idempotently: missing topics are created,
 * existing ones get the listed configs set and are grown to the listed partition count
 * (Kafka never shrinks partitions). Run by deploy/local/stack with the broker's classpath:
 * <pre>java -cp '.stack/kafka/libs/*' EnsureTopics.java localhost:9092 'crm.deals 3 retention.ms=-1' ...</pre>
 * Each topic argument is "name partitions [key=value,key=value]".
 */
class EnsureTopics {

    record Topic(String name, int partitions, Map<String, String> configs) {

        static Topic parse(String spec) {
            String[] parts = spec.trim().split("\\s+");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("expected 'name partitions [k=v,...]', got: " + spec);
            }
            Map<String, String> configs = new HashMap<>();
            if (parts.length == 3) {
                for (String pair : parts[2].split(",")) {
                    String[] kv = pair.split("=", 2);
                    configs.put(kv[0], kv[1]);
                }
            }
            return new Topic(parts[0], Integer.parseInt(parts[1]), configs);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EnsureTopics <bootstrap-servers> <topic spec>...");
            System.exit(2);
        }
        List<Topic> wanted = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            wanted.add(Topic.parse(args[i]));
        }
        Map<String, Object> props = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();

            List<NewTopic> missing = wanted.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }

            List<Topic> present = wanted.stream().filter(t -> existing.contains(t.name())).toList();
            if (!present.isEmpty()) {
                Map<String, TopicDescription> described = admin
                        .describeTopics(present.stream().map(Topic::name).toList())
                        .allTopicNames().get();
                Map<String, NewPartitions> grow = new HashMap<>();
                Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
                for (Topic t : present) {
                    if (described.get(t.name()).partitions().size() < t.partitions()) {
                        grow.put(t.name(), NewPartitions.increaseTo(t.partitions()));
                    }
                    if (!t.configs().isEmpty()) {
                        alter.put(new ConfigResource(ConfigResource.Type.TOPIC, t.name()),
                                t.configs().entrySet().stream()
                                        .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()),
                                                AlterConfigOp.OpType.SET))
                                        .toList());
                    }
                }
                if (!grow.isEmpty()) {
                    admin.createPartitions(grow).all().get();
                }
                if (!alter.isEmpty()) {
                    admin.incrementalAlterConfigs(alter).all().get();
                }
            }
            System.out.printf("topics: %d wanted, %d created, %d already present%n",
                    wanted.size(), missing.size(), present.size());
            missing.forEach(t -> System.out.println("  created " + t.name()));
        }
    }
}
