package dev.stride.analytics.team;

import java.util.Set;
import java.util.UUID;

/**
 * Whose KPIs a caller sees (ARCHITECTURE.md, roles): an admin the whole tenant's; everyone the tenant's own (no owner),
 * their own and their teams'; a manager also those of the members of the teams they manage.
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

    /** True when this viewer sees a KPI owned by {@code ownerId} or by the team {@code ownerTeamId}. */
    public boolean sees(String ownerId, UUID ownerTeamId) {
        if (everything || (ownerId == null && ownerTeamId == null) || userId.equals(ownerId)) {
            return true;
        }
        return (ownerTeamId != null && teams.contains(ownerTeamId.toString()))
                || (ownerId != null && members.contains(ownerId));
    }
}
