package dev.stride.crm.team;

import dev.stride.crm.events.Outbox;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Team use cases (admins only, as the resource says); managers and members must be users of the tenant. */
@ApplicationScoped
class TeamService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final TenantUsers users;
    private final Clock clock;

    TeamService(Outbox outbox, CurrentTenant tenant, TenantUsers users, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.users = users;
        this.clock = clock;
    }

    List<TeamResponse> list() {
        return Team.<Team> list("order by lower(name), id").stream().map(TeamResponse::from).toList();
    }

    TeamResponse get(UUID id) {
        return TeamResponse.from(find(id, LockModeType.NONE));
    }

    List<UserResponse> users() {
        return users.list();
    }

    @Transactional
    TeamResponse create(TeamRequest request) {
        users.require("managerId", request.managerId().strip());
        requireFreeName(request.name(), null);
        Team team = Team.form(request, clock.instant());
        team.persistAndFlush();
        outbox.record(tenant.id(), TeamEvent.of(TeamEvent.CREATED, team, team.createdAt));
        return TeamResponse.from(team);
    }

    @Transactional
    TeamResponse change(UUID id, String ifMatch, TeamRequest request) {
        Team team = changeable(id, ifMatch);
        if (!team.managerId.equals(request.managerId().strip())) {
            users.require("managerId", request.managerId().strip());
        }
        requireFreeName(request.name(), id);
        Team.Changed changed = team.change(request, clock.instant());
        Team.flush();
        if (changed.renamed()) {
            outbox.record(tenant.id(), TeamEvent.of(TeamEvent.RENAMED, team, team.updatedAt));
        }
        if (changed.managerChanged()) {
            outbox.record(tenant.id(), TeamEvent.of(TeamEvent.MANAGER_CHANGED, team, team.updatedAt));
        }
        return TeamResponse.from(team);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Team team = changeable(id, ifMatch);
        outbox.record(tenant.id(), TeamEvent.of(TeamEvent.DELETED, team, clock.instant()));
        team.delete();
    }

    @Transactional
    TeamResponse addMember(UUID id, MemberRequest request) {
        Team team = changeable(id, null);
        String userId = request.userId().strip();
        users.require("userId", userId);
        TeamMember elsewhere = TeamMember.find("userId", userId).firstResult();
        if (elsewhere != null && !elsewhere.team.id.equals(id)) {
            throw new ProblemException.Conflict("User " + userId + " is a member of team \"" + elsewhere.team.name
                    + "\"; a user is in one team at a time, so remove them there first.");
        }
        Instant now = clock.instant();
        if (team.add(userId, now)) {
            try {
                Team.flush();
            } catch (PersistenceException joinedElsewhereMeanwhile) {
                throw new ProblemException.Conflict("User " + userId + " joined another team at the same moment; "
                        + "reload the teams and try again.");
            }
            outbox.record(tenant.id(), TeamEvent.of(TeamEvent.MEMBER_ADDED, team, now, userId));
        }
        return TeamResponse.from(team);
    }

    @Transactional
    TeamResponse removeMember(UUID id, String userId) {
        Team team = changeable(id, null);
        Instant now = clock.instant();
        team.remove(userId, now);
        Team.flush();
        outbox.record(tenant.id(), TeamEvent.of(TeamEvent.MEMBER_REMOVED, team, now, userId));
        return TeamResponse.from(team);
    }

    private void requireFreeName(String name, UUID except) {
        Team same = Team.find("lower(name) = ?1", name.strip().toLowerCase()).firstResult();
        if (same != null && !same.id.equals(except)) {
            throw new ProblemException.InvalidField("name", "another team is already called \"" + same.name + "\"");
        }
    }

    /** Locks the team's row until commit, so concurrent membership changes queue. */
    private static Team changeable(UUID id, String ifMatch) {
        Team team = find(id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireMatch("Team " + id, ifMatch, team.version);
        return team;
    }

    private static Team find(UUID id, LockModeType lock) {
        Team team = Team.findById(id, lock);
        if (team == null) {
            throw new ProblemException.NotFound("Team", id);
        }
        return team;
    }
}
