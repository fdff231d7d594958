package dev.stride.crm.account;

import java.util.UUID;

/** A list request, validated: every field but {@code sort} and {@code limit} may be null (no filter). */
record AccountQuery(String text, String ownerId, UUID teamId, SizeBand sizeBand, AccountSort sort, String cursor,
        int limit) {
}
