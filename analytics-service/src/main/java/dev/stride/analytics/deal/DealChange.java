package dev.stride.analytics.deal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.analytics.platform.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What analytics needs of a {@code stride.crm.deal.*} event's data: the deal's whole current state (fat events).
 * Analytics' own record of the contract; unknown fields are ignored so producers can add fields within v1. Events
 * from before deals carried a {@code version} count as version 0.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealChange(UUID dealId, String status, BigDecimal amount, String currency, String ownerId,
        String ownerTeamId, UUID pipelineId, String leadSource, Integer probability, Instant createdAt, Instant wonAt,
        Instant lostAt, Long version) {
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
        if (probability != null && (probability < 0 || probability > 100)) {
            problems.add("probability must be between 0 and 100, not " + probability);
        }
        Checks.version(problems, version);
        Checks.currency(problems, "currency", currency);
        Checks.amount(problems, "amount", amount);
        Checks.text(problems, "ownerId", ownerId);
        Checks.text(problems, "ownerTeamId", ownerTeamId);
        Checks.text(problems, "leadSource", leadSource);
        return problems;
    }
}
