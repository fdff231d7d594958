package dev.stride.analytics.lead;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.analytics.platform.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What analytics needs of a {@code stride.crm.lead.*} event's data: the lead's whole current state (fat events).
 * Analytics' own record of the contract; unknown fields are ignored so producers can add fields within v1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LeadChange(UUID leadId, String status, String source, String ownerId, String ownerTeamId,
        Instant createdAt, Instant qualifiedAt, Instant convertedAt, Long version) {

    private static final Set<String> STATUSES = Set.of("NEW", "CONTACTED", "QUALIFIED", "DISQUALIFIED", "CONVERTED");

    /** What makes this change unusable for the facts; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "leadId", leadId);
        Checks.required(problems, "createdAt", createdAt);
        if (status == null || !STATUSES.contains(status)) {
            problems.add("status must be one of " + STATUSES + ", not " + status);
        }
        if ("CONVERTED".equals(status) && convertedAt == null) {
            problems.add("convertedAt is missing on a converted lead");
        }
        Checks.text(problems, "source", source);
        Checks.text(problems, "ownerId", ownerId);
        Checks.text(problems, "ownerTeamId", ownerTeamId);
        Checks.version(problems, version);
        return problems;
    }
}
