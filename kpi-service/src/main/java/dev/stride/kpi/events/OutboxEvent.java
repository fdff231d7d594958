package dev.stride.kpi.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A pending event, written in the same transaction as the change it describes. Tenant-less infrastructure: the tenant
 * travels as data ({@code ce_tenantid}), and only {@link OutboxRelay} reads these rows, in insertion order.
 */
@Entity
@Table(name = "outbox_event")
class OutboxEvent extends PanacheEntityBase {

    /** The CloudEvent id, identical on every resend: the consumers' dedupe key. */
    @Id
    UUID id;

    @Column(name = "tenant_id", nullable = false)
    String tenantId;

    @Column(nullable = false)
    String topic;

    @Column(name = "aggregate_id", nullable = false)
    String aggregateId;

    @Column(nullable = false)
    String type;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    /** The event's data as JSON; null for a tombstone. */
    @JdbcTypeCode(SqlTypes.JSON)
    String payload;
}
