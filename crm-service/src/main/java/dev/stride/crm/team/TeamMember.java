package dev.stride.crm.team;

import dev.stride.crm.platform.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A user's membership of a team; a user is in at most one team of a tenant. */
@Entity
@Table(name = "team_member")
class TeamMember extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    Team team;

    @Column(name = "user_id", nullable = false)
    String userId;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    static TeamMember of(Team team, String userId, Instant now) {
        TeamMember member = new TeamMember();
        member.id = Ids.newId();
        member.team = team;
        member.userId = userId;
        member.addedAt = now;
        return member;
    }
}
