package dev.stride.crm.team;

import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.TeamScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Teams as {@link dev.stride.crm.platform.Ownership} sees them (of the caller's tenant, as always). */
@ApplicationScoped
class TeamMemberships implements TeamScope {

    @Override
    public boolean manages(String managerId, String userId) {
        return TeamMember.count("userId = ?1 and team.managerId = ?2", userId, managerId) > 0;
    }

    @Override
    public UUID teamOf(String userId) {
        return TeamMember.<TeamMember> find("userId", userId).firstResultOptional().map(m -> m.team.id).orElse(null);
    }

    @Override
    public List<String> membersOf(String field, UUID teamId) {
        if (teamId == null) {
            return null;
        }
        Team team = Team.findById(teamId);
        if (team == null) {
            throw new ProblemException.InvalidField(field, "no team " + teamId + " exists; GET /teams lists them");
        }
        return team.memberIds();
    }
}
