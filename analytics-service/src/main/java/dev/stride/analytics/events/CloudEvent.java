package dev.stride.analytics.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A Stride CloudEvent as read from Kafka binary mode: {@code ce_id}, {@code ce_type}, {@code ce_tenantid},
 * {@code ce_subject} (when present), {@code ce_time} headers and the JSON data (null for a tombstone).
 */
public record CloudEvent(UUID id, String type, String tenantId, String subject, Instant time, JsonNode data) {
}
