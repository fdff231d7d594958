package dev.stride.analytics.team;

import dev.stride.analytics.metric.MetricFilters;
import java.util.Set;
import java.util.UUID;

/**
 * Whose KPIs a caller sees (ARCHITECTURE.md, roles: a rep sees their own and their team's KPIs, a manager the team's,
 * an admin everything). A KPI belongs to whom it measures: narrowed to one user (its {@code ownerId} filter), it is
 * that user's, seen by them and by the managers of their teams; narrowed to a team ({@code teamId}), the team's, seen
 * by its members and manager; otherwise the whole tenant's, seen by everyone. Who answers for a KPI (its owner user or
 * team) sees it too, and so do their managers.
 *
 * @param userId the caller (the token's subject)
 * @param everything true for an admin
 * @param teams the teams the caller is a member or the manager of
 * @param members the members of the teams the caller manages (only for a manager)
 */
public record Viewer(String userId, boolean everything, Set<String> teams, Set<String> members) {

    /** A viewer who sees the whole tenant (an admin). */
    public static Viewer all(String userId) {
        return new Viewer(userId, true, Set.of(), Set.of());
    }

    /** True when this viewer sees a KPI owned by {@code ownerId} or team {@code ownerTeamId}, narrowed by filters. */
    public boolean sees(String ownerId, UUID ownerTeamId, MetricFilters filters) {
        if (everything || (ownerId != null && isOrManages(ownerId)) || isIn(ownerTeamId)) {
            return true;
        }
        if (filters.ownerId() != null) {
            return isOrManages(filters.ownerId());
        }
        return filters.teamId() == null || isIn(filters.teamId());
    }

    private boolean isOrManages(String user) {
        return userId.equals(user) || members.contains(user);
    }

    private boolean isIn(UUID team) {
        return team != null && teams.contains(team.toString());
    }
}
