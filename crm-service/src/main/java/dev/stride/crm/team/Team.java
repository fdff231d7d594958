package dev.stride.crm.team;

import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A sales team: its manager changes the records of its members. Membership changes go through this aggregate. */
@Entity
@Table(name = "team")
class Team extends PanacheEntityBase {

    /** The topic of every team event. */
    static final String TOPIC = "crm.teams";

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String name;

    @Column(name = "manager_id", nullable = false)
    String managerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt, userId")
    List<TeamMember> members = new ArrayList<>();

    static Team form(TeamRequest request, Instant now) {
        Team team = new Team();
        team.id = Ids.newId();
        team.name = request.name().strip();
        team.managerId = request.managerId().strip();
        team.createdAt = now;
        team.updatedAt = now;
        return team;
    }

    /** What a change of name and manager changed. */
    record Changed(boolean renamed, boolean managerChanged) {
    }

    Changed change(TeamRequest request, Instant now) {
        boolean renamed = !name.equals(request.name().strip());
        boolean newManager = !managerId.equals(request.managerId().strip());
        name = request.name().strip();
        managerId = request.managerId().strip();
        if (renamed || newManager) {
            updatedAt = now;
        }
        return new Changed(renamed, newManager);
    }

    /** False when the user is a member already. */
    boolean add(String userId, Instant now) {
        if (members.stream().anyMatch(m -> m.userId.equals(userId))) {
            return false;
        }
        members.add(TeamMember.of(this, userId, now));
        updatedAt = now;
        return true;
    }

    void remove(String userId, Instant now) {
        if (!members.removeIf(m -> m.userId.equals(userId))) {
            throw new ProblemException.NotFound("Member of team " + id, userId);
        }
        updatedAt = now;
    }

    List<String> memberIds() {
        return members.stream().map(m -> m.userId).toList();
    }
}
