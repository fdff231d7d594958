package dev.stride.crm.activity;

import java.time.Instant;
import java.util.UUID;

/** A list request, validated: every field but {@code sort} and {@code limit} may be null (no filter). */
record ActivityQuery(String text, ActivityType type, String ownerId, UUID teamId, UUID leadId, UUID dealId,
        UUID accountId,
        Instant from, Instant to, Boolean completed, boolean overdue, ActivitySort sort, String cursor, int limit) {
}
