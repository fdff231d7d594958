package dev.stride.kpi.okr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An objective of an OKR set: what to achieve in a period, measured by its key results. */
@Entity
@Table(name = "objective")
class Objective extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String title;

    String description;

    @Column(name = "period_start", nullable = false)
    LocalDate periodStart;

    /** The last day of the period. */
    @Column(name = "period_end", nullable = false)
    LocalDate periodEnd;

    @Column(name = "owner_id")
    String ownerId;

    @Column(name = "parent_objective_id")
    UUID parentObjectiveId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    static Objective create(ObjectiveRequest request, Instant now) {
        Objective objective = new Objective();
        objective.id = UUID.randomUUID();
        objective.createdAt = now;
        objective.apply(request, now);
        return objective;
    }

    void apply(ObjectiveRequest request, Instant now) {
        title = request.title().strip();
        description = request.description();
        periodStart = request.periodStart();
        periodEnd = request.periodEnd();
        ownerId = request.ownerId();
        parentObjectiveId = request.parentObjectiveId();
        updatedAt = now;
    }
}
