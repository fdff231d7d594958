package dev.stride.crm.subscription;

import dev.stride.crm.platform.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One line of a subscription's history: what changed, from which day, and its MRR before and after. */
@Entity
@Table(name = "subscription_change")
class SubscriptionChange extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    Subscription subscription;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ChangeKind kind;

    @Column(name = "effective_on", nullable = false)
    LocalDate effectiveOn;

    @Column(name = "old_mrr")
    BigDecimal oldMrr;

    @Column(name = "new_mrr", nullable = false)
    BigDecimal newMrr;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    static SubscriptionChange of(Subscription subscription, ChangeKind kind, LocalDate effectiveOn,
            BigDecimal oldMrr, BigDecimal newMrr, Instant now) {
        SubscriptionChange change = new SubscriptionChange();
        change.id = Ids.newId();
        change.subscription = subscription;
        change.kind = kind;
        change.effectiveOn = effectiveOn;
        change.oldMrr = oldMrr;
        change.newMrr = newMrr;
        change.recordedAt = now;
        return change;
    }
}
