package dev.stride.crm.team;

import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.TeamScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** Teams as {@link dev.stride.crm.platform.Ownership} sees them (of the caller's tenant, as always). */
@ApplicationScoped
class TeamMemberships implements TeamScope {

    private final EntityManager em;

    TeamMemberships(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean manages(String managerId, String userId) {
        return TeamMember.count("userId = ?1 and team.managerId = ?2", userId, managerId) > 0;
    }

    /**
     * Native, as it runs for every event of an owned record (see {@code PipelineService.defaultStart} for why HQL costs
     * more here than it should).
     */
    @Override
    public UUID teamOf(String tenantId, String userId) {
        List<?> teams = em.createNativeQuery("select team_id from team_member where tenant_id = ?1 and user_id = ?2")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("team_member")
                .setParameter(1, tenantId)
                .setParameter(2, userId)
                .getResultList();
        return teams.isEmpty() ? null : (UUID) teams.getFirst();
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
