package dev.stride.crm.lead;

import dev.stride.crm.platform.SortKey;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The orders a lead list can take; {@code -} in front of the key means descending. Newest first by default. */
enum LeadSort implements SortKey<Lead> {
    CREATED_DESC("-createdAt"),
    CREATED("createdAt"),
    NAME("name"),
    NAME_DESC("-name");

    private final String key;

    LeadSort(String key) {
        this.key = key;
    }

    static LeadSort of(String key) {
        return SortKey.named(key, values());
    }

    private boolean byCreation() {
        return key.endsWith("createdAt");
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String expression() {
        return byCreation() ? "createdAt" : "lower(name)";
    }

    @Override
    public boolean descending() {
        return key.startsWith("-");
    }

    @Override
    public Object parse(String cursorValue) {
        return byCreation() ? Instant.parse(cursorValue) : cursorValue;
    }

    @Override
    public String valueOf(Lead lead) {
        return byCreation() ? lead.createdAt.toString() : lead.name.toLowerCase(Locale.ROOT);
    }

    @Override
    public UUID idOf(Lead lead) {
        return lead.id;
    }
}
