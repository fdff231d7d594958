package dev.stride.crm.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.crm.imports.CsvImport;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stride's generic format, for any Standard Webhooks sender: one record per delivery,
 * {@code {"kind": "deals", "externalId": "D-1001", "occurredAt": "<ISO instant>", "fields": {...}}} where the fields
 * are columns of the kind's CSV import, laid over the record as it is; {@code "action": "delete"} (no fields)
 * deletes it. A deal's status clears what does not go with it (an OPEN deal's {@code closedAt}, a
 * {@code lostReason} unless LOST) where the fields leave it out. A lead's fields may also hold {@code status} (NEW,
 * CONTACTED, QUALIFIED, DISQUALIFIED) and {@code statusReason} (required for DISQUALIFIED).
 */
final class GenericFormat {

    private GenericFormat() {
    }

    static DeliveryChanges read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new CsvImport.RowError(null, "the body is not a JSON object in Stride's generic format");
        }
        String kind = text(root, "kind");
        String externalId = text(root, "externalId");
        Instant occurredAt;
        try {
            occurredAt = Instant.parse(text(root, "occurredAt"));
        } catch (DateTimeParseException e) {
            throw new CsvImport.RowError("occurredAt", "is not an ISO-8601 instant such as 2026-11-28T09:00:00Z");
        }
        String action = root.path("action").asText("upsert");
        if (action.equals("delete")) {
            return new DeliveryChanges(List.of(RecordChange.deletion(kind, externalId, occurredAt)), List.of());
        }
        if (!action.equals("upsert")) {
            throw new CsvImport.RowError("action", "must be upsert (the default) or delete");
        }
        JsonNode fields = root.path("fields");
        if (!fields.isObject()) {
            throw new CsvImport.RowError("fields", "is required: an object of the kind's import columns");
        }
        Map<String, String> values = new LinkedHashMap<>();
        fields.properties().forEach(field -> {
            if (!field.getValue().isValueNode()) {
                throw new CsvImport.RowError(field.getKey(), "must be a string, number or boolean");
            }
            values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
        });
        values.put("externalId", externalId);
        if (kind.equals("deals") && values.get("status") != null) {
            // a status brings what goes with it: an open deal has no close time, only a lost one has a loss reason
            String status = values.get("status").toUpperCase(Locale.ROOT);
            if (status.equals("OPEN")) {
                values.putIfAbsent("closedAt", null);
            }
            if (!status.equals("LOST")) {
                values.putIfAbsent("lostReason", null);
            }
        }
        String status = kind.equals("leads") ? values.remove("status") : null;
        String reason = kind.equals("leads") ? values.remove("statusReason") : null;
        RecordChange change = RecordChange.upsert(kind, externalId, occurredAt, values, Map.of());
        return new DeliveryChanges(List.of(status == null ? change
                : change.withLeadStatus(new RecordChange.LeadStatus(status, reason))), List.of());
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new CsvImport.RowError(field, "is required");
        }
        return value.asText().strip();
    }
}
