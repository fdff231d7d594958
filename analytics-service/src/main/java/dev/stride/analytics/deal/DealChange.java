package dev.stride.analytics.deal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What analytics needs of a {@code stride.crm.deal.*} event's data: the deal's whole current state (fat events).
 * Analytics' own record of the contract; unknown fields are ignored so producers can add fields within v1. Events
 * from before deals carried a {@code version} count as version 0.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealChange(UUID dealId, String status, BigDecimal amount, String currency, String ownerId,
        Instant createdAt, Instant wonAt, Instant lostAt, Long version) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> STATUSES = Set.of("OPEN", "WON", "LOST");

    /** What makes this change unusable for the facts (missing or out-of-range fields); empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (dealId == null) {
            problems.add("dealId is missing");
        }
        if (status == null || !STATUSES.contains(status)) {
            problems.add("status must be one of " + STATUSES + ", not " + status);
        }
        if (createdAt == null) {
            problems.add("createdAt is missing");
        }
        if ("WON".equals(status) && wonAt == null) {
            problems.add("wonAt is missing on a won deal");
        }
        if ("LOST".equals(status) && lostAt == null) {
            problems.add("lostAt is missing on a lost deal");
        }
        if (version != null && version < 0) {
            problems.add("version must not be negative: " + version);
        }
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            problems.add("currency is not an ISO 4217 code: " + currency);
        }
        if (amount != null && (amount.scale() > 4 || amount.precision() - amount.scale() > 15)) {
            problems.add("amount is out of range: " + amount);
        }
        if (ownerId != null && (ownerId.length() > 255 || ownerId.chars().anyMatch(Character::isISOControl))) {
            problems.add("ownerId is not a valid user id");
        }
        return problems;
    }
}
