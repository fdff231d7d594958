package dev.stride.crm.deal;

import dev.stride.crm.platform.SortKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The orders a deal list can take; {@code -} in front of the key means descending. Newest first by default. */
enum DealSort implements SortKey<Deal> {
    CREATED_DESC("-createdAt"),
    CREATED("createdAt"),
    NAME("name"),
    NAME_DESC("-name"),
    AMOUNT("amount"),
    AMOUNT_DESC("-amount");

    private final String key;

    DealSort(String key) {
        this.key = key;
    }

    static DealSort of(String key) {
        return SortKey.named(key, values());
    }

    @Override
    public String key() {
        return key;
    }

    private String field() {
        return key.replace("-", "");
    }

    @Override
    public String expression() {
        return switch (field()) {
            case "name" -> "lower(name)";
            default -> field();
        };
    }

    @Override
    public boolean descending() {
        return key.startsWith("-");
    }

    @Override
    public Object parse(String cursorValue) {
        return switch (field()) {
            case "createdAt" -> Instant.parse(cursorValue);
            case "amount" -> new BigDecimal(cursorValue);
            default -> cursorValue;
        };
    }

    @Override
    public String valueOf(Deal deal) {
        return switch (field()) {
            case "createdAt" -> deal.createdAt.toString();
            case "amount" -> deal.amount.toPlainString();
            default -> deal.name.toLowerCase(Locale.ROOT);
        };
    }

    @Override
    public UUID idOf(Deal deal) {
        return deal.id;
    }
}
