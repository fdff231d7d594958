package dev.stride.crm.account;

import dev.stride.crm.platform.SortKey;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The orders an account list can take; {@code -} in front of the key means descending. */
enum AccountSort implements SortKey<Account> {
    NAME("name", false),
    NAME_DESC("-name", false),
    CREATED("createdAt", true),
    CREATED_DESC("-createdAt", true);

    private final String key;
    private final boolean byCreation;

    AccountSort(String key, boolean byCreation) {
        this.key = key;
        this.byCreation = byCreation;
    }

    static AccountSort of(String key) {
        return SortKey.named(key, values());
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String expression() {
        return byCreation ? "createdAt" : "lower(name)";
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
    public String valueOf(Account account) {
        return byCreation ? account.createdAt.toString() : account.name.toLowerCase(Locale.ROOT);
    }

    @Override
    public UUID idOf(Account account) {
        return account.id;
    }
}
