package dev.stride.crm.subscription;

import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.Money;
import dev.stride.crm.platform.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A plan an account pays for monthly. Its MRR changes, renewals and cancellation go through methods that append to
 * its history; a change never takes effect before the one before it.
 */
@Entity
@Table(name = "subscription")
class Subscription extends PanacheEntityBase {

    /** The topic of every subscription event. */
    static final String TOPIC = "crm.subscriptions";

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(name = "account_id", nullable = false)
    UUID accountId;

    @Column(nullable = false)
    String plan;

    @Column(nullable = false)
    BigDecimal mrr;

    @Column(nullable = false, length = 3)
    String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SubscriptionStatus status;

    @Column(name = "started_on", nullable = false)
    LocalDate startedOn;

    @Column(name = "renews_on")
    LocalDate renewsOn;

    @Column(name = "cancelled_on")
    LocalDate cancelledOn;

    @Column(name = "cancel_reason")
    String cancelReason;

    @Column(name = "owner_id", nullable = false)
    String ownerId;

    /** Its id in the system it was imported from; null when created in Stride. */
    @Column(name = "external_id")
    String externalId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    @OneToMany(mappedBy = "subscription", cascade = CascadeType.ALL)
    @OrderBy("effectiveOn, recordedAt")
    List<SubscriptionChange> changes = new ArrayList<>();

    /** The record a CSV row names (see {@link ExternalIds}), or null. */
    static Subscription byReference(String reference) {
        return reference == null ? null
                : Subscription.<Subscription> find(ExternalIds.MATCH, ExternalIds.of(reference)).firstResult();
    }

    static Subscription start(SubscriptionRequest request, String ownerId, Instant now) {
        if (request.renewsOn() != null && !request.renewsOn().isAfter(request.startedOn())) {
            throw new ProblemException.InvalidField("renewsOn", "must be after startedOn (" + request.startedOn()
                    + ")");
        }
        Subscription subscription = new Subscription();
        subscription.id = Ids.newId();
        subscription.accountId = request.accountId();
        subscription.plan = request.plan().strip();
        subscription.mrr = Money.atMinorUnit(request.mrr(), request.currency());
        subscription.currency = request.currency();
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.startedOn = request.startedOn();
        subscription.renewsOn = request.renewsOn();
        subscription.ownerId = ownerId;
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscription.changes.add(SubscriptionChange.of(subscription, ChangeKind.STARTED, request.startedOn(), null,
                subscription.mrr, now));
        return subscription;
    }

    void edit(SubscriptionEdit edit, String ownerId, Instant now) {
        plan = edit.plan().strip();
        this.ownerId = ownerId;
        updatedAt = now;
    }

    /** Sets a new MRR from {@code effectiveOn}; returns the MRR it had, or null when it is the same. */
    BigDecimal changeMrr(MrrChangeRequest request, Instant now) {
        requireActive("change the MRR of");
        requireNotBeforeLastChange("effectiveOn", request.effectiveOn());
        BigDecimal newMrr = Money.atMinorUnit(request.mrr(), currency);
        if (newMrr.compareTo(mrr) == 0) {
            return null;
        }
        BigDecimal old = mrr;
        changes.add(SubscriptionChange.of(this, newMrr.compareTo(old) > 0 ? ChangeKind.UPGRADED
                : ChangeKind.DOWNGRADED, request.effectiveOn(), old, newMrr, now));
        mrr = newMrr;
        if (request.plan() != null && !request.plan().isBlank()) {
            plan = request.plan().strip();
        }
        updatedAt = now;
        return old;
    }

    void renew(LocalDate next, Instant now) {
        requireActive("renew");
        LocalDate current = renewsOn != null ? renewsOn : startedOn;
        if (!next.isAfter(current)) {
            throw new ProblemException.InvalidField("renewsOn", "must be after the current renewal date (" + current
                    + ")");
        }
        changes.add(SubscriptionChange.of(this, ChangeKind.RENEWED, current, mrr, mrr, now));
        renewsOn = next;
        updatedAt = now;
    }

    void cancel(LocalDate on, String reason, Instant now) {
        requireActive("cancel");
        requireNotBeforeLastChange("cancelledOn", on);
        changes.add(SubscriptionChange.of(this, ChangeKind.CANCELLED, on, mrr, BigDecimal.ZERO, now));
        status = SubscriptionStatus.CANCELLED;
        cancelledOn = on;
        cancelReason = reason.strip();
        updatedAt = now;
    }

    /** Amounts leave this service at the currency's minor unit, whether just received or loaded. */
    @PostLoad
    void toMinorUnit() {
        mrr = Money.atMinorUnit(mrr, currency);
    }

    private void requireActive(String action) {
        if (status == SubscriptionStatus.CANCELLED) {
            throw new ProblemException.Conflict("Subscription " + id + " was cancelled on " + cancelledOn + "; you "
                    + "cannot " + action + " it. Start a new subscription instead.");
        }
    }

    private void requireNotBeforeLastChange(String field, LocalDate date) {
        LocalDate last = changes.stream().map(c -> c.effectiveOn).max(LocalDate::compareTo).orElse(startedOn);
        if (date.isBefore(last)) {
            throw new ProblemException.InvalidField(field, "must not be before the last change (" + last + ")");
        }
    }
}
