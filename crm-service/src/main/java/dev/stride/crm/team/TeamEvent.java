package dev.stride.crm.team;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.crm.events.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code stride.crm.team.<verb>.v1} on {@value Team#TOPIC}: the whole team after the change (for a delete: as it
 * was), so analytics knows every membership; a member event also names the user added or removed.
 */
record TeamEvent(@JsonIgnore String type, @JsonIgnore Instant occurredAt, UUID teamId, String name,
        String managerId, List<String> memberIds, Instant createdAt, Instant updatedAt, long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) String userId) implements DomainEvent {

    static final String CREATED = "stride.crm.team.created.v1";
    static final String RENAMED = "stride.crm.team.renamed.v1";
    static final String MANAGER_CHANGED = "stride.crm.team.manager-changed.v1";
    static final String DELETED = "stride.crm.team.deleted.v1";
    static final String MEMBER_ADDED = "stride.crm.team.member-added.v1";
    static final String MEMBER_REMOVED = "stride.crm.team.member-removed.v1";

    static TeamEvent of(String type, Team team, Instant at) {
        return of(type, team, at, null);
    }

    static TeamEvent of(String type, Team team, Instant at, String userId) {
        return new TeamEvent(type, at, team.id, team.name, team.managerId, team.memberIds(), team.createdAt,
                team.updatedAt, team.version, userId);
    }

    @Override
    public String topic() {
        return Team.TOPIC;
    }

    @Override
    public String aggregateId() {
        return teamId.toString();
    }
}
