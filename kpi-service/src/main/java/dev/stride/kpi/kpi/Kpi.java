package dev.stride.kpi.kpi;

import dev.stride.kpi.metric.Metric;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A KPI: a metric with filters, a direction and a target per period, under a KGI, a KSF or another KPI (a sub-KPI).
 * Its filters, targets and benchmarks are stored with it (JSON) and change with it, as one version.
 */
@Entity
@Table(name = "kpi")
class Kpi extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String name;

    String description;

    @Column(name = "owner_id")
    String ownerId;

    @Column(name = "owner_team_id")
    UUID ownerTeamId;

    @Column(name = "metric_id", nullable = false)
    String metricId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    KpiFilters filters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Metric.Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    PeriodType periodType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<Target> targets = new ArrayList<>();

    @Column(name = "kgi_id")
    UUID kgiId;

    @Column(name = "ksf_id")
    UUID ksfId;

    @Column(name = "parent_kpi_id")
    UUID parentKpiId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<Benchmark> benchmarks = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "review_cadence", nullable = false)
    ReviewCadence reviewCadence;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    static Kpi create(KpiRequest request, Metric metric, Instant now) {
        Kpi kpi = new Kpi();
        kpi.id = UUID.randomUUID();
        kpi.createdAt = now;
        kpi.apply(request, metric, now);
        return kpi;
    }

    void apply(KpiRequest request, Metric metric, Instant now) {
        name = request.name().strip();
        description = request.description();
        ownerId = request.ownerId();
        ownerTeamId = request.ownerTeamId();
        metricId = metric.id();
        filters = request.filters() != null ? request.filters() : KpiFilters.NONE;
        direction = request.direction() != null ? request.direction() : metric.direction();
        periodType = request.periodType() != null ? request.periodType() : PeriodType.MONTH;
        targets = request.targets() == null ? new ArrayList<>() : request.targets().stream()
                .sorted(Comparator.comparing(Target::periodStart)).collect(ArrayList::new, List::add, List::addAll);
        kgiId = request.kgiId();
        ksfId = request.ksfId();
        parentKpiId = request.parentKpiId();
        benchmarks = request.benchmarks() == null ? new ArrayList<>() : new ArrayList<>(request.benchmarks());
        reviewCadence = request.reviewCadence() != null ? request.reviewCadence() : ReviewCadence.MONTHLY;
        updatedAt = now;
    }
}
