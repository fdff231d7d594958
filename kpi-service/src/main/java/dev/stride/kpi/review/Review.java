package dev.stride.kpi.review;

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

/** The PDCA review of one KPI for one period (a month or a quarter, as the KPI's review cadence says). */
@Entity
@Table(name = "review")
class Review extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(name = "kpi_id", nullable = false)
    UUID kpiId;

    @Column(name = "period_start", nullable = false)
    LocalDate periodStart;

    /** Plan: what was meant to happen. */
    String plan;

    /** Do: what was done. */
    String execution;

    /** Check: what the figures say and why. */
    String evaluation;

    /** Act: what changes next period. */
    String improvement;

    @Column(name = "reviewer_id", nullable = false)
    String reviewerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    void apply(ReviewRequest request, String reviewer, Instant now) {
        plan = request.plan();
        execution = request.execution();
        evaluation = request.evaluation();
        improvement = request.improvement();
        reviewerId = reviewer;
        updatedAt = now;
    }
}
