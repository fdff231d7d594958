package dev.stride.analytics.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Builds Kafka records from the producer's own contract files (crm-service/src/main/events), in CloudEvents binary
 * mode exactly as crm-service sends them, with a tenant, deal and event id of the test's choosing.
 */
public final class CrmEvents {

    public static final String CREATED = "stride.crm.deal.created.v1";
    public static final String WON = "stride.crm.deal.won.v1";
    public static final String REOPENED = "stride.crm.deal.reopened.v1";
    public static final String DELETED = "stride.crm.deal.deleted.v1";
    private static final Path CONTRACTS = Path.of("../crm-service/src/main/events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CrmEvents() {
    }

    public static ProducerRecord<String, String> deal(String type, String tenant, UUID dealId, UUID eventId) {
        return deal(type, tenant, dealId, eventId, null);
    }

    /** As above, with the deal's {@code version} set instead of the example's (null: keep the example's). */
    public static ProducerRecord<String, String> deal(String type, String tenant, UUID dealId, UUID eventId,
            Long version) {
        ObjectNode example = example(type);
        ObjectNode data = (ObjectNode) example.get("data");
        data.put("dealId", dealId.toString());
        if (version != null) {
            data.put("version", version);
        }
        RecordHeaders headers = new RecordHeaders();
        for (Iterator<Map.Entry<String, JsonNode>> it = example.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> attribute = it.next();
            String name = attribute.getKey();
            if (name.equals("data")) {
                continue;
            }
            String value = switch (name) {
                case "id" -> eventId.toString();
                case "subject" -> dealId.toString();
                case "tenantid" -> tenant;
                default -> attribute.getValue().asText();
            };
            headers.add(name.equals("datacontenttype") ? "content-type" : "ce_" + name,
                    value.getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(topic(), null, dealId.toString(), data.toString(), headers);
    }

    /** crm.deals as this profile reads it ({@code test.crm.deals} in tests). */
    public static String topic() {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming.crm-deals.topic", String.class);
    }

    /** The period that contains the example files' business times (November 2026 in Asia/Tokyo). */
    public static String examplePeriodQuery() {
        return "from=2026-11-01&to=2026-12-01";
    }

    private static ObjectNode example(String type) {
        try {
            return (ObjectNode) JSON.readTree(CONTRACTS.resolve(type + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
