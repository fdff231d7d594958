package dev.stride.kpi.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One version of a definition (KGI, KSF or KPI) as it was right after a change. */
@Entity
@Table(name = "definition_version")
class DefinitionVersion extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(name = "aggregate_type", nullable = false)
    String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    UUID aggregateId;

    @Column(nullable = false)
    long version;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    String changedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String state;
}
