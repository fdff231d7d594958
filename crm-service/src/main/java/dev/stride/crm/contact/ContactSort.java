package dev.stride.crm.contact;

import dev.stride.crm.platform.SortKey;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The orders a contact list can take; names sort by their kana reading where there is one, as people expect. */
enum ContactSort implements SortKey<Contact> {
    NAME("name", false),
    NAME_DESC("-name", false),
    CREATED("createdAt", true),
    CREATED_DESC("-createdAt", true);

    private static final String NAME_EXPRESSION = "lower(coalesce(kana, name))";

    private final String key;
    private final boolean byCreation;

    ContactSort(String key, boolean byCreation) {
        this.key = key;
        this.byCreation = byCreation;
    }

    static ContactSort of(String key) {
        return SortKey.named(key, values());
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String expression() {
        return byCreation ? "createdAt" : NAME_EXPRESSION;
    }

    @Override
    public boolean descending() {
        return key.startsWith("-");
    }

    @Override
    public Object parse(String cursorValue) {
        return byCreation ? Instant.parse(cursorValue) : cursorValue;
    }

    @Override
    public String valueOf(Contact contact) {
        return byCreation ? contact.createdAt.toString()
                : (contact.kana != null ? contact.kana : contact.name).toLowerCase(Locale.ROOT);
    }

    @Override
    public UUID idOf(Contact contact) {
        return contact.id;
    }
}
