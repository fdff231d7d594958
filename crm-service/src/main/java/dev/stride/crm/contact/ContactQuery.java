package dev.stride.crm.contact;

import java.util.UUID;

/** A list request, validated: every field but {@code sort} and {@code limit} may be null (no filter). */
record ContactQuery(String text, UUID accountId, String ownerId, UUID teamId, ContactSort sort, String cursor,
        int limit) {
}
