package dev.stride.kpi.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A Fact-Cause-Action item of a review: what happened, why, and what someone will do by when. */
@Entity
@Table(name = "review_action")
class ReviewAction extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(name = "review_id", nullable = false)
    UUID reviewId;

    @Column(nullable = false)
    String fact;

    @Column(nullable = false)
    String cause;

    @Column(nullable = false)
    String action;

    @Column(name = "owner_id")
    String ownerId;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ActionStatus status;

    /** The sub-KPI created from this action, when one was. */
    @Column(name = "sub_kpi_id")
    UUID subKpiId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    void apply(ActionRequest request, Instant now) {
        fact = request.fact().strip();
        cause = request.cause().strip();
        action = request.action().strip();
        ownerId = request.ownerId();
        dueOn = request.dueOn();
        status = request.status() != null ? request.status() : ActionStatus.OPEN;
        updatedAt = now;
    }
}
