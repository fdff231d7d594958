package dev.stride.crm.lead;

import java.time.Instant;
import java.util.UUID;

/** A list request, validated: every field but {@code sort} and {@code limit} may be null (no filter). */
record LeadQuery(String text, String ownerId, UUID teamId, LeadStatus status, String source, String campaign,
        Instant createdFrom,
        Instant createdTo, LeadSort sort, String cursor, int limit) {
}
