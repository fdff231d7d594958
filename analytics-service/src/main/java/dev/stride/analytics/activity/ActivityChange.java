package dev.stride.analytics.activity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.analytics.platform.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What analytics needs of a {@code stride.crm.activity.*} event's data: the activity's whole current state. An
 * activity counts as done from its {@code completedAt}; open tasks have none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityChange(UUID activityId, String activityType, String ownerId, String ownerTeamId,
        Instant completedAt, Long version) {

    /** The activity types of METRICS.md, as crm-service names them. */
    public static final Set<String> TYPES = Set.of("CALL", "EMAIL", "MEETING", "TASK");

    /** What makes this change unusable for the facts; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "activityId", activityId);
        if (activityType == null || !TYPES.contains(activityType)) {
            problems.add("activityType must be one of " + TYPES + ", not " + activityType);
        }
        Checks.text(problems, "ownerId", ownerId);
        Checks.text(problems, "ownerTeamId", ownerTeamId);
        Checks.version(problems, version);
        return problems;
    }
}
