package dev.stride.crm.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.crm.imports.CsvImport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pipedrive's webhooks v2: one event per delivery, {@code {"meta": {"action": "create|change|delete", "entity":
 * "deal", "entity_id": "123", "timestamp": ...}, "data": {...the object now...}, "previous": {...}}}. Deals, persons
 * (contacts, under their organization's account), organizations (accounts), leads and activities map to Stride's
 * records with external ids {@code pipedrive:<id>}; each event carries the whole object, so it speaks for the whole
 * record and is ordered by the event's time. An open deal's stage id goes through the endpoint's mapping; won and lost
 * come from its status. Other entities are left out and listed.
 */
final class PipedriveEvents {

    static final String PREFIX = "pipedrive:";

    private PipedriveEvents() {
    }

    static DeliveryChanges read(JsonNode root, WebhookMapping mapping, Instant receivedAt) {
        JsonNode meta = root == null ? null : root.path("meta");
        if (meta == null || !meta.isObject()) {
            throw new CsvImport.RowError(null, "the body is not a Pipedrive webhook v2 event (it has no meta)");
        }
        String entity = meta.path("entity").asText("");
        String action = meta.path("action").asText("");
        String kind = switch (entity) {
            case "deal" -> "deals";
            case "person" -> "contacts";
            case "organization" -> "accounts";
            case "lead" -> "leads";
            case "activity" -> "activities";
            default -> null;
        };
        if (kind == null) {
            return new DeliveryChanges(List.of(), List.of("Pipedrive " + entity + " events"));
        }
        String id = meta.path("entity_id").asText("");
        if (id.isEmpty()) {
            throw new CsvImport.RowError(null, "the event's meta has no entity_id");
        }
        String externalId = PREFIX + id;
        JsonNode data = root.path("data");
        Instant at = time(meta.path("timestamp"));
        if (at == null) {
            at = data.isObject() ? time(data.path("update_time")) : null;
        }
        if (at == null) {
            at = receivedAt;
        }
        if (action.equals("delete") || (entity.equals("deal") && data.path("status").asText().equals("deleted"))) {
            return new DeliveryChanges(List.of(RecordChange.deletion(kind, externalId, at)), List.of());
        }
        if (!action.equals("create") && !action.equals("change")) {
            return new DeliveryChanges(List.of(), List.of("Pipedrive " + action + " actions"));
        }
        if (!data.isObject()) {
            throw new CsvImport.RowError(null, "the " + entity + " event has no data object");
        }
        Map<String, String> values = new HashMap<>();
        Map<String, String> defaults = Map.of();
        values.put("externalId", externalId);
        switch (entity) {
            case "deal" -> {
                values.put("name", text(data, "title"));
                values.put("amount", text(data, "value"));
                values.put("currency", text(data, "currency"));
                values.put("expectedCloseDate", text(data, "expected_close_date"));
                values.put("accountExternalId", reference(data, "org_id"));
                values.put("createdAt", instant(data, "add_time"));
                String status = data.path("status").asText("open").toUpperCase(Locale.ROOT);
                if (status.equals("OPEN")) {
                    values.putAll(mapping.dealStage(WebhookProvider.PIPEDRIVE, text(data, "stage_id"), at));
                } else {
                    Instant closed = time(data.path(status.equals("WON") ? "won_time" : "lost_time"));
                    values.putAll(mapping.outcome(status, null, null, closed != null ? closed : at));
                    values.remove("pipeline");
                    values.remove("stage");
                }
                defaults = Map.of("currency", mapping.currency(), "name", "Pipedrive deal " + id);
            }
            case "person" -> {
                String organization = reference(data, "org_id");
                if (organization == null) {
                    return new DeliveryChanges(List.of(), List.of("Pipedrive person " + id + " without an "
                            + "organization (Stride keeps contacts under an account)"));
                }
                values.put("accountExternalId", organization);
                values.put("name", text(data, "name"));
                values.put("email", primary(data, "emails", "email"));
                values.put("phone", primary(data, "phones", "phone"));
            }
            case "organization" -> {
                values.put("name", text(data, "name"));
                defaults = Map.of("name", "Pipedrive organization " + id);
            }
            case "lead" -> {
                values.put("name", text(data, "title"));
                values.put("createdAt", instant(data, "add_time"));
                defaults = Map.of("source", mapping.leadSource(), "name", "Pipedrive lead " + id);
            }
            case "activity" -> {
                values.put("type", activityType(text(data, "type")));
                values.put("subject", text(data, "subject"));
                values.put("notes", text(data, "note"));
                values.put("at", activityTime(data, at));
                values.put("durationMinutes", minutes(text(data, "duration")));
                values.put("completed", Boolean.toString(data.path("done").asBoolean(false)));
                values.put("dealExternalId", reference(data, "deal_id"));
                values.put("leadExternalId", reference(data, "lead_id"));
                values.put("accountExternalId", reference(data, "org_id"));
                defaults = Map.of("subject", "Pipedrive activity " + id);
            }
            default -> throw new IllegalStateException(entity);
        }
        return new DeliveryChanges(List.of(RecordChange.upsert(kind, externalId, at, values, defaults)), List.of());
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? null : value.asText().strip();
    }

    /** The external id of a linked object, from its id (or v1's {@code {"value": id}} form). */
    private static String reference(JsonNode data, String field) {
        JsonNode value = data.path(field);
        String id = text(value.isObject() ? value : data, value.isObject() ? "value" : field);
        return id == null ? null : PREFIX + id;
    }

    /** The primary entry of a person's emails or phones (v2 {@code emails}, v1 {@code email}). */
    private static String primary(JsonNode data, String v2, String v1) {
        JsonNode list = data.path(v2).isArray() ? data.path(v2) : data.path(v1);
        JsonNode chosen = null;
        for (JsonNode entry : list) {
            if (chosen == null || entry.path("primary").asBoolean(false)) {
                chosen = entry;
            }
        }
        return chosen == null ? null : text(chosen, "value");
    }

    private static String instant(JsonNode data, String field) {
        Instant time = time(data.path(field));
        return time == null ? null : time.toString();
    }

    /** Pipedrive's times: ISO 8601, {@code 2024-09-27 14:25:27} (UTC), or epoch seconds or milliseconds. */
    static Instant time(JsonNode value) {
        if (value.isIntegralNumber()) {
            return epoch(value.asLong());
        }
        String text = value.isTextual() ? value.asText().strip() : "";
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return epoch(Long.parseLong(text));
            }
            String iso = text.replace(' ', 'T');
            return iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$") ? OffsetDateTime.parse(iso).toInstant()
                    : Instant.parse(iso + "Z");
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new CsvImport.RowError(null, "\"" + text + "\" is not a time Pipedrive sends");
        }
    }

    private static Instant epoch(long number) {
        return number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
    }

    private static String activityType(String type) {
        if (type == null) {
            return "TASK";
        }
        return switch (type) {
            case "call" -> "CALL";
            case "meeting", "lunch" -> "MEETING";
            case "email" -> "EMAIL";
            default -> "TASK";
        };
    }

    /** When the activity is due: its date and time (UTC, as Pipedrive keeps them), or the event's time. */
    private static String activityTime(JsonNode data, Instant fallback) {
        String date = text(data, "due_date");
        if (date == null) {
            return fallback.toString();
        }
        String time = text(data, "due_time");
        try {
            return LocalDate.parse(date).atTime(time == null ? LocalTime.NOON : LocalTime.parse(time))
                    .toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            throw new CsvImport.RowError("at", "Pipedrive due_date \"" + date + "\" / due_time \"" + time
                    + "\" is not a date and time");
        }
    }

    /** Pipedrive's {@code HH:MM} duration as minutes. */
    private static String minutes(String duration) {
        if (duration == null) {
            return null;
        }
        try {
            LocalTime time = LocalTime.parse(duration.length() == 4 ? "0" + duration : duration);
            int minutes = time.getHour() * 60 + time.getMinute();
            return minutes == 0 ? null : Integer.toString(minutes);
        } catch (DateTimeParseException e) {
            throw new CsvImport.RowError("durationMinutes", "Pipedrive duration \"" + duration + "\" is not HH:MM");
        }
    }
}
