package dev.stride.analytics.team;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.analytics.platform.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What analytics needs of a {@code stride.crm.team.*} event's data: the team's manager and members (the event
 * carries the team's whole state). Analytics' own record of crm-service's contract.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamChange(UUID teamId, String managerId, List<String> memberIds, Long version) {

    /** What makes this change unusable; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "teamId", teamId);
        Checks.required(problems, "memberIds", memberIds);
        Checks.version(problems, version);
        if (memberIds != null && memberIds.stream().anyMatch(member -> member == null || member.isBlank())) {
            problems.add("memberIds must not hold empty ids");
        }
        return problems;
    }
}
