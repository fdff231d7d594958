package dev.stride.crm.team;

import dev.stride.crm.platform.TeamScope;
import jakarta.enterprise.context.ApplicationScoped;

/** Teams as {@link dev.stride.crm.platform.Ownership} sees them (of the caller's tenant, as always). */
@ApplicationScoped
class TeamMemberships implements TeamScope {

    @Override
    public boolean manages(String managerId, String userId) {
        return TeamMember.count("userId = ?1 and team.managerId = ?2", userId, managerId) > 0;
    }
}
