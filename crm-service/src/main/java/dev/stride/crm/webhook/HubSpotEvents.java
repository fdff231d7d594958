package dev.stride.crm.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.crm.imports.CsvImport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HubSpot's webhook deliveries: a JSON array of events, each {@code {"subscriptionType": "deal.propertyChange",
 * "objectId": 123, "occurredAt": <epoch ms>, "propertyName": ..., "propertyValue": ...}}. Contacts become leads,
 * companies accounts and deals deals, with external ids {@code hubspot:<objectId>}. A creation creates the record
 * (named after its object until its name property arrives), a deletion deletes it, and a property change sets the
 * one property it carries, each property ordered on its own (HubSpot sends one event per property). Deal stages and
 * lead statuses go through the endpoint's mapping. Other object types and properties are left out and listed.
 */
final class HubSpotEvents {

    static final String PREFIX = "hubspot:";

    private HubSpotEvents() {
    }

    static DeliveryChanges read(JsonNode root, WebhookMapping mapping) {
        if (root == null || !root.isArray()) {
            throw new CsvImport.RowError(null, "the body is not HubSpot's JSON array of events");
        }
        List<RecordChange> changes = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (JsonNode event : root) {
            String type = event.path("subscriptionType").asText("");
            int dot = type.indexOf('.');
            String object = dot < 0 ? type : type.substring(0, dot);
            String action = dot < 0 ? "" : type.substring(dot + 1);
            Kind kind = Kind.of(object);
            if (kind == null || !List.of("creation", "deletion", "propertyChange").contains(action)) {
                ignored.add(type.isEmpty() ? "an event without a subscriptionType" : type + " events");
                continue;
            }
            if (!event.path("objectId").canConvertToLong() || !event.path("occurredAt").canConvertToLong()) {
                throw new CsvImport.RowError(null, "a " + type + " event lacks its objectId or occurredAt");
            }
            String externalId = PREFIX + event.path("objectId").asText();
            Instant at = Instant.ofEpochMilli(event.path("occurredAt").asLong());
            switch (action) {
                case "deletion" -> changes.add(RecordChange.deletion(kind.stride, externalId, at));
                case "creation" -> changes.add(change(kind, externalId, at, RecordChange.WHOLE, Map.of(), null,
                        null, mapping));
                default -> {
                    String property = event.path("propertyName").asText("");
                    JsonNode given = event.path("propertyValue");
                    String value = given.isNull() || given.isMissingNode() || given.asText().isEmpty() ? null
                            : given.asText();
                    RecordChange change = property(kind, externalId, at, property, value, mapping);
                    if (change == null) {
                        ignored.add(object + " property " + property);
                    } else {
                        changes.add(change);
                    }
                }
            }
        }
        return new DeliveryChanges(changes, ignored.stream().distinct().toList());
    }

    /** A change of one property, or null when Stride has no place for it. */
    private static RecordChange property(Kind kind, String externalId, Instant at, String property, String value,
            WebhookMapping mapping) {
        Map<String, String> values = new HashMap<>();
        RecordChange.LeadStatus status = null;
        switch (kind) {
            case CONTACT -> {
                switch (property) {
                    case "firstname", "lastname" -> {
                        // the name is composed of both (remembered per property), below
                    }
                    case "email", "phone", "company" -> values.put(property, value);
                    case "hs_lead_status" -> {
                        if (value == null) {
                            return null;
                        }
                        status = new RecordChange.LeadStatus(mapping.leadStatus(WebhookProvider.HUBSPOT, value),
                                "HubSpot lead status " + value);
                    }
                    default -> {
                        return null;
                    }
                }
            }
            case COMPANY -> {
                switch (property) {
                    case "name" -> {
                        // the name property is remembered, below
                    }
                    case "industry" -> values.put("industry", value);
                    default -> {
                        return null;
                    }
                }
            }
            case DEAL -> {
                switch (property) {
                    case "dealname" -> {
                        // the name property is remembered, below
                    }
                    case "amount" -> values.put("amount", value);
                    case "deal_currency_code" -> values.put("currency", value);
                    case "closedate" -> values.put("expectedCloseDate", value == null ? null : date(value));
                    case "dealstage" -> {
                        if (value == null) {
                            return null;
                        }
                        values.putAll(mapping.dealStage(WebhookProvider.HUBSPOT, value, at));
                    }
                    default -> {
                        return null;
                    }
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return change(kind, externalId, at, property, values, value, status, mapping);
    }

    private static RecordChange change(Kind kind, String externalId, Instant at, String aspect,
            Map<String, String> values, String value, RecordChange.LeadStatus status, WebhookMapping mapping) {
        Map<String, String> all = new HashMap<>(values);
        all.put("externalId", externalId);
        Map<String, String> defaults = switch (kind) {
            case CONTACT -> Map.of("source", mapping.leadSource());
            case COMPANY -> Map.of();
            case DEAL -> Map.of("amount", "0", "currency", mapping.currency());
        };
        String objectId = externalId.substring(PREFIX.length());
        RecordChange.Composed name = new RecordChange.Composed("name", kind.nameProperties,
                "HubSpot " + kind.name().toLowerCase() + " " + objectId);
        return new RecordChange(kind.stride, externalId, aspect, at, false, all, defaults, value, name, status);
    }

    /** A HubSpot date property: epoch milliseconds (midnight UTC of the day) or an ISO date. */
    private static String date(String value) {
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochMilli(Long.parseLong(value)).atZone(ZoneOffset.UTC).toLocalDate().toString();
            }
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value).toString();
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new CsvImport.RowError("expectedCloseDate", "HubSpot closedate \"" + value + "\" is not a date");
        }
    }

    /** The HubSpot objects Stride maps, as its kinds, with the properties that make their name. */
    private enum Kind {
        CONTACT("leads", List.of("firstname", "lastname")),
        COMPANY("accounts", List.of("name")),
        DEAL("deals", List.of("dealname"));

        final String stride;
        final List<String> nameProperties;

        Kind(String stride, List<String> nameProperties) {
            this.stride = stride;
            this.nameProperties = nameProperties;
        }

        static Kind of(String object) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(object)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
