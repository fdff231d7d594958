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
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Builds Kafka records from the producers' own contract files (crm-service/src/main/events and
 * kpi-service/src/main/events), in CloudEvents binary mode exactly as they send them, with a tenant, aggregate and
 * event id of the test's choosing.
 */
public final class CrmEvents {

    public static final String CREATED = "stride.crm.deal.created.v1";
    public static final String WON = "stride.crm.deal.won.v1";
    public static final String REOPENED = "stride.crm.deal.reopened.v1";
    public static final String DELETED = "stride.crm.deal.deleted.v1";
    private static final Path CONTRACTS = Path.of("../crm-service/src/main/events");
    private static final Path KPI_CONTRACTS = Path.of("../kpi-service/src/main/events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CrmEvents() {
    }

    public static ProducerRecord<String, String> deal(String type, String tenant, UUID dealId, UUID eventId) {
        return deal(type, tenant, dealId, eventId, null);
    }

    /** As above, with the deal's {@code version} set instead of the example's (null: keep the example's). */
    public static ProducerRecord<String, String> deal(String type, String tenant, UUID dealId, UUID eventId,
            Long version) {
        return event(type, tenant, dealId, eventId, data -> {
            if (version != null) {
                data.put("version", version);
            }
        });
    }

    /**
     * Any crm-service event from its example file, for the aggregate {@code id} (the data's {@code <kind>Id}, the
     * subject and the key), with the data edited by {@code edit}, on the topic this profile reads.
     */
    public static ProducerRecord<String, String> event(String type, String tenant, UUID id, UUID eventId,
            Consumer<ObjectNode> edit) {
        String kind = type.split("\\.")[2];
        ObjectNode example = example(CONTRACTS, type);
        ObjectNode data = (ObjectNode) example.get("data");
        data.put(kind + "Id", id.toString());
        edit.accept(data);
        return record(example, topicOf(kind), tenant, id, eventId, data.toString());
    }

    /** A kpi-service event from its example file, for aggregate {@code id} (the data's {@code id}), edited. */
    public static ProducerRecord<String, String> kpiEvent(String type, String tenant, String id, UUID eventId,
            Consumer<ObjectNode> edit) {
        ObjectNode example = example(KPI_CONTRACTS, type);
        ObjectNode data = (ObjectNode) example.get("data");
        if (data.has("id")) {
            data.put("id", id);
        }
        edit.accept(data);
        return record(example, kpiTopic(), tenant, id, eventId, data.toString());
    }

    /** A kpi-service tombstone: the type's headers without data, as kpi-service deletes an aggregate. */
    public static ProducerRecord<String, String> kpiTombstone(String type, String tenant, String id, UUID eventId) {
        ObjectNode headers = JSON.createObjectNode();
        headers.put("specversion", "1.0").put("type", type).put("source", "/stride/kpi-service").put("id", "")
                .put("subject", "").put("time", "2026-11-02T01:00:00Z").put("tenantid", "");
        return record(headers, kpiTopic(), tenant, id, eventId, null);
    }

    /** kpi.definitions as this profile reads it. */
    public static String kpiTopic() {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming.kpi-definitions.topic", String.class);
    }

    private static String topicOf(String kind) {
        String channel = switch (kind) {
            case "lead" -> "crm-leads";
            case "deal" -> "crm-deals";
            case "activity" -> "crm-activities";
            case "subscription" -> "crm-subscriptions";
            case "team" -> "crm-teams";
            default -> throw new IllegalArgumentException("analytics does not consume " + kind + " events");
        };
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class);
    }

    private static ProducerRecord<String, String> record(ObjectNode example, String topic, String tenant, Object id,
            UUID eventId, String data) {
        RecordHeaders headers = new RecordHeaders();
        for (Iterator<Map.Entry<String, JsonNode>> it = example.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> attribute = it.next();
            String name = attribute.getKey();
            if (name.equals("data")) {
                continue;
            }
            String value = switch (name) {
                case "id" -> eventId.toString();
                case "subject" -> id.toString();
                case "tenantid" -> tenant;
                default -> attribute.getValue().asText();
            };
            headers.add(name.equals("datacontenttype") ? "content-type" : "ce_" + name,
                    value.getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(topic, null, id.toString(), data, headers);
    }

    /** crm.deals as this profile reads it ({@code test.crm.deals} in tests). */
    public static String topic() {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming.crm-deals.topic", String.class);
    }

    /** The period that contains the example files' business times (November 2026 in Asia/Tokyo). */
    public static String examplePeriodQuery() {
        return "from=2026-11-01&to=2026-12-01";
    }

    private static ObjectNode example(Path contracts, String type) {
        try {
            return (ObjectNode) JSON.readTree(contracts.resolve(type + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
