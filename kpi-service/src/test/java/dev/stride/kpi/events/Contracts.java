package dev.stride.kpi.events;

import static dev.stride.kpi.events.TopicTail.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The producer side of the event contracts: a record really sent matches its example in src/main/events/. */
public final class Contracts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Contracts() {
    }

    /** Checks the CloudEvent headers and that the data has exactly the example's fields, with the same JSON types. */
    public static void assertMatches(ConsumerRecord<String, String> record, String type, String subject,
            String tenant) {
        JsonNode example = read(Path.of("src/main/events", type + ".json"));
        assertEquals(type, header(record, "ce_type"));
        assertEquals(example.get("specversion").asText(), header(record, "ce_specversion"));
        assertEquals(example.get("source").asText(), header(record, "ce_source"));
        assertEquals(subject, header(record, "ce_subject"));
        assertEquals(subject, record.key(), "the key is the aggregate id");
        assertEquals(tenant, header(record, "ce_tenantid"));
        assertEquals(36, header(record, "ce_id").length(), "ce_id is the outbox row's UUID");
        assertEquals(example.get("datacontenttype").asText(), header(record, "content-type"));
        assertEquals(shape(example.get("data")), shape(data(record)), "data fields and their JSON types");
    }

    public static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Field name → JSON node type, e.g. {amount=NUMBER, dealId=STRING}. */
    private static Map<String, String> shape(JsonNode data) {
        Map<String, String> shape = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            shape.put(field.getKey(), field.getValue().getNodeType().name());
        }
        return shape;
    }
}
