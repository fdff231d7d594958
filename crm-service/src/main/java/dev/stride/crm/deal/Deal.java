package dev.stride.crm.deal;

import dev.stride.crm.platform.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A sales opportunity. State changes are methods that return the event they cause, for the outbox. */
@Entity
@Table(name = "deal")
class Deal extends PanacheEntityBase {

    /** The topic of every deal event. */
    static final String TOPIC = "crm.deals";

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    BigDecimal amount;

    @Column(nullable = false, length = 3)
    String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DealStatus status;

    @Column(name = "owner_id", nullable = false)
    String ownerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "won_at")
    Instant wonAt;

    @Version
    long version;

    static Deal open(String name, BigDecimal amount, String currency, String ownerId, Instant now) {
        Deal deal = new Deal();
        deal.id = UUID.randomUUID();
        deal.name = name;
        deal.amount = amount;
        deal.currency = currency;
        deal.status = DealStatus.OPEN;
        deal.ownerId = ownerId;
        deal.createdAt = now;
        deal.toMinorUnit();
        return deal;
    }

    /**
     * Amounts are stored with four decimals and leave this service at the currency's minor unit (JPY 1200000, USD
     * 12.50), whether just received or loaded. Only trailing zeros are ever removed.
     */
    @PostLoad
    void toMinorUnit() {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits >= 0 && amount.stripTrailingZeros().scale() <= digits) {
            amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
        }
    }

    DealCreated created() {
        return DealCreated.from(this);
    }

    DealWon win(Instant at) {
        if (status == DealStatus.WON) {
            throw new ProblemException.Conflict("Deal " + id + " was already won on " + wonAt + ".");
        }
        status = DealStatus.WON;
        wonAt = at;
        return DealWon.from(this);
    }
}
