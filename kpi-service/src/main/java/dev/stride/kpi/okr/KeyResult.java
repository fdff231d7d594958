package dev.stride.kpi.okr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A key result: from a start value to a target value, bound to a metric or tracked by hand, optionally linked to the
 * KPI it relates to; its current value and confidence move with each check-in.
 */
@Entity
@Table(name = "key_result")
class KeyResult extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(name = "objective_id", nullable = false)
    UUID objectiveId;

    @Column(nullable = false)
    String title;

    @Column(name = "metric_id")
    String metricId;

    @Column(name = "kpi_id")
    UUID kpiId;

    @Column(name = "start_value", nullable = false)
    BigDecimal startValue;

    @Column(name = "target_value", nullable = false)
    BigDecimal targetValue;

    @Column(name = "current_value", nullable = false)
    BigDecimal currentValue;

    /** How sure the owner is to reach the target, 0 (not at all) to 10 (certain). */
    @Column(nullable = false)
    int confidence;

    @Column(name = "owner_id")
    String ownerId;

    /** Its place among its objective's key results. */
    @Column(nullable = false)
    int position;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    static KeyResult create(UUID objectiveId, int position, KeyResultRequest request, Instant now) {
        KeyResult keyResult = new KeyResult();
        keyResult.id = UUID.randomUUID();
        keyResult.objectiveId = objectiveId;
        keyResult.position = position;
        keyResult.createdAt = now;
        keyResult.apply(request, now);
        return keyResult;
    }

    void apply(KeyResultRequest request, Instant now) {
        title = request.title().strip();
        metricId = request.metricId();
        kpiId = request.kpiId();
        startValue = request.startValue();
        targetValue = request.targetValue();
        currentValue = request.currentValue() != null ? request.currentValue() : request.startValue();
        confidence = request.confidence() != null ? request.confidence() : KeyResultRequest.DEFAULT_CONFIDENCE;
        ownerId = request.ownerId();
        updatedAt = now;
    }

    void checkIn(BigDecimal value, int newConfidence, Instant now) {
        currentValue = value;
        confidence = newConfidence;
        updatedAt = now;
    }

    /** How far from start to target it is, 0.0 to 1.0 (either direction; past the target is 1.0). */
    BigDecimal score() {
        BigDecimal progress = currentValue.subtract(startValue)
                .divide(targetValue.subtract(startValue), 4, RoundingMode.HALF_UP);
        return progress.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(2, RoundingMode.HALF_UP);
    }
}
