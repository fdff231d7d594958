package dev.stride.crm.account;

/** A list request, validated: every field but {@code sort} and {@code limit} may be null (no filter). */
record AccountQuery(String text, String ownerId, SizeBand sizeBand, AccountSort sort, String cursor, int limit) {
}
