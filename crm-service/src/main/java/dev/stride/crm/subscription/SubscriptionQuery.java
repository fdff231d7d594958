package dev.stride.crm.subscription;

import java.util.UUID;

/** A list request, validated: every field but {@code sort} and {@code limit} may be null (no filter). */
record SubscriptionQuery(String text, UUID accountId, SubscriptionStatus status, String ownerId, UUID teamId,
        SubscriptionSort sort, String cursor, int limit) {
}
