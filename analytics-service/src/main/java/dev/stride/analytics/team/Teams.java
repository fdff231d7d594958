package dev.stride.analytics.team;

import dev.stride.analytics.platform.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The tenant's teams from {@code crm.teams} ({@code team_fact}), and from them whom a caller sees. Consumers have no
 * request tenant, so this is native SQL with the tenant as an explicit parameter.
 */
@ApplicationScoped
public class Teams {

    private final EntityManager em;

    Teams(EntityManager em) {
        this.em = em;
    }

    /** Applies a team's state unless a later one is there (see {@code deal_fact} for the ordering rule). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String tenantId, Instant eventTime, TeamChange team, boolean deleted) {
        em.createNativeQuery("""
                insert into team_fact (tenant_id, team_id, manager_id, member_ids, version, deleted, event_time)
                values (?1, ?2, ?3, cast(?4 as text[]), ?5, ?6, ?7)
                on conflict (tenant_id, team_id) do update
                   set manager_id = excluded.manager_id, member_ids = excluded.member_ids,
                       version = excluded.version, deleted = excluded.deleted, event_time = excluded.event_time
                 where team_fact.version < excluded.version
                    or (team_fact.version = excluded.version
                        and (excluded.deleted or (not team_fact.deleted
                                                  and team_fact.event_time <= excluded.event_time)))""")
                .unwrap(NativeQuery.class)
                .setParameter(1, tenantId)
                .setParameter(2, team.teamId())
                .setParameter(3, team.managerId(), StandardBasicTypes.STRING)
                .setParameter(4, team.memberIds().toArray(String[]::new))
                .setParameter(5, team.version() != null ? team.version() : 0L)
                .setParameter(6, deleted)
                .setParameter(7, eventTime)
                .executeUpdate();
    }

    /** Whom the current request's caller sees. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Viewer viewer(CurrentTenant tenant, SecurityIdentity identity) {
        return viewer(tenant.id(), tenant.userId(), identity.hasRole("admin"), identity.hasRole("manager"));
    }

    /**
     * Whom a user sees: an admin everything; anyone their teams (member or manager); a manager also the members
     * of the teams they manage.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Viewer viewer(String tenantId, String userId, boolean admin, boolean manager) {
        if (admin) {
            return Viewer.all(userId);
        }
        List<?> rows = em.createNativeQuery("""
                select cast(team_id as text), manager_id = ?2, member_ids from team_fact
                 where tenant_id = ?1 and not deleted and (manager_id = ?2 or ?2 = any (member_ids))""")
                .setParameter(1, tenantId)
                .setParameter(2, userId)
                .getResultList();
        Set<String> teams = new HashSet<>();
        Set<String> members = new HashSet<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            teams.add((String) columns[0]);
            if (manager && Boolean.TRUE.equals(columns[1])) {
                members.addAll(List.of((String[]) columns[2]));
            }
        }
        return new Viewer(userId, false, Set.copyOf(teams), Set.copyOf(members));
    }
}
