package dev.stride.analytics.deal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The current state of one deal as analytics knows it from {@code crm.deals}; read through the tenant filter. */
@Entity
@Table(name = "deal_fact")
public class DealFact extends PanacheEntityBase {

    /** Unique within a tenant; the table's primary key is (tenant_id, deal_id). */
    @Id
    @Column(name = "deal_id")
    UUID dealId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String status;

    BigDecimal amount;

    String currency;

    @Column(name = "owner_id")
    String ownerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "won_at")
    Instant wonAt;

    @Column(name = "lost_at")
    Instant lostAt;

    /** The deal's version in crm-service: orders its states. */
    @Column(nullable = false)
    long version;

    /** A deleted deal stays as a marked row so that a late, older event cannot bring it back; it counts nowhere. */
    @Column(nullable = false)
    boolean deleted;

    @Column(name = "event_time", nullable = false)
    Instant eventTime;

    /** Count of deals won in {@code [from, to)}. */
    public static long wonBetween(Instant from, Instant to) {
        return count("not deleted and status = 'WON' and wonAt >= ?1 and wonAt < ?2", from, to);
    }

    /** Count of deals created in {@code [from, to)}. */
    public static long createdBetween(Instant from, Instant to) {
        return count("not deleted and createdAt >= ?1 and createdAt < ?2", from, to);
    }
}
