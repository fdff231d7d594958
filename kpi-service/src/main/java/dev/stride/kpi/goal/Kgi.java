package dev.stride.kpi.goal;

import dev.stride.kpi.metric.Metric;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A KGI: the final goal (e.g. fiscal-year revenue +30 %), bound to a metric or tracked by a manual value, from a
 * baseline to a target between two dates.
 */
@Entity
@Table(name = "kgi")
class Kgi extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String name;

    String description;

    /** The metric it is measured by; null for a goal tracked by hand ({@link #currentValue}). */
    @Column(name = "metric_id")
    String metricId;

    /** What a manual goal counts in (e.g. "%", "stores"); a metric's goals use the metric's unit. */
    String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Metric.Direction direction;

    BigDecimal baseline;

    @Column(nullable = false)
    BigDecimal target;

    /** A manual goal's value as last reported. */
    @Column(name = "current_value")
    BigDecimal currentValue;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(nullable = false)
    LocalDate deadline;

    @Column(name = "owner_id")
    String ownerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    static Kgi create(KgiRequest request, Metric.Direction direction, Instant now) {
        Kgi kgi = new Kgi();
        kgi.id = UUID.randomUUID();
        kgi.createdAt = now;
        kgi.apply(request, direction, now);
        return kgi;
    }

    void apply(KgiRequest request, Metric.Direction direction, Instant now) {
        name = request.name().strip();
        description = request.description();
        metricId = request.metricId();
        unit = request.unit();
        this.direction = direction;
        baseline = request.baseline();
        target = request.target();
        currentValue = request.currentValue();
        startsOn = request.startsOn();
        deadline = request.deadline();
        ownerId = request.ownerId();
        updatedAt = now;
    }
}
