package dev.stride.crm.deal;

import dev.stride.crm.pipeline.StageRef;
import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.Money;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Text;
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
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A sales opportunity moving through the stages of one pipeline until it is won or lost. Every stay in a stage is a
 * {@link StageVisit}, so the history shows the time spent in each. The service builds the events after each change.
 */
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

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "pipeline_id", nullable = false)
    UUID pipelineId;

    @Column(name = "stage_id", nullable = false)
    UUID stageId;

    @Column(nullable = false)
    BigDecimal amount;

    @Column(nullable = false, length = 3)
    String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DealStatus status;

    @Column(name = "expected_close_date")
    LocalDate expectedCloseDate;

    @Column(name = "owner_id", nullable = false)
    String ownerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "stage_entered_at", nullable = false)
    Instant stageEnteredAt;

    @Column(name = "won_at")
    Instant wonAt;

    @Column(name = "lost_at")
    Instant lostAt;

    @Column(name = "lost_reason")
    String lostReason;

    @Column(name = "lost_note")
    String lostNote;

    /** The lead this deal was converted from, and that lead's source; null for a deal opened directly. */
    @Column(name = "source_lead_id")
    UUID sourceLeadId;

    @Column(name = "lead_source")
    String leadSource;

    /** Its id in the system it was imported from; null when created in Stride. */
    @Column(name = "external_id")
    String externalId;

    @Version
    long version;

    @OneToMany(mappedBy = "deal", cascade = CascadeType.ALL)
    @OrderBy("enteredAt")
    List<StageVisit> visits = new ArrayList<>();

    /** The record a CSV row names (see {@link ExternalIds}), or null. */
    static Deal byReference(String reference) {
        return reference == null ? null
                : Deal.<Deal> find(ExternalIds.MATCH, ExternalIds.of(reference)).firstResult();
    }

    static Deal open(DealRequest request, StageRef stage, String ownerId, Instant now) {
        return open(request, stage, ownerId, null, null, now);
    }

    static Deal open(DealRequest request, StageRef stage, String ownerId, UUID sourceLeadId, String leadSource,
            Instant now) {
        Deal deal = new Deal();
        deal.sourceLeadId = sourceLeadId;
        deal.leadSource = leadSource;
        deal.id = Ids.newId();
        deal.status = DealStatus.OPEN;
        deal.pipelineId = stage.pipelineId();
        deal.createdAt = now;
        deal.apply(request, ownerId, now);
        deal.enter(stage.stageId(), now);
        return deal;
    }

    /** Applies the request's fields; false (and nothing touched) when they are what the deal has already. */
    boolean update(DealRequest request, String ownerId, Instant now) {
        String oldName = name;
        UUID oldAccount = accountId;
        BigDecimal oldAmount = amount;
        String oldCurrency = currency;
        LocalDate oldClose = expectedCloseDate;
        String oldOwner = this.ownerId;
        Instant oldUpdatedAt = updatedAt;
        apply(request, ownerId, now);
        boolean changed = !(name.equals(oldName) && Objects.equals(accountId, oldAccount)
                && (amount == null ? oldAmount == null : oldAmount != null && amount.compareTo(oldAmount) == 0)
                && Objects.equals(currency, oldCurrency) && Objects.equals(expectedCloseDate, oldClose)
                && Objects.equals(this.ownerId, oldOwner));
        if (!changed) {
            updatedAt = oldUpdatedAt;
        }
        return changed;
    }

    /** Moves an open deal to another stage of its pipeline; false when it is already there. */
    boolean moveTo(UUID target, Instant now) {
        requireOpen("move");
        if (target.equals(stageId)) {
            return false;
        }
        currentVisit().leave(now, StageExit.MOVED);
        enter(target, now);
        return true;
    }

    void win(BigDecimal wonAmount, Instant at, Instant now) {
        requireOpen("win");
        requireNotBeforeCreation("wonAt", at);
        if (wonAmount != null) {
            amount = wonAmount;
        }
        status = DealStatus.WON;
        wonAt = at;
        currentVisit().leave(at, StageExit.WON);
        updatedAt = now;
    }

    void lose(String reason, String note, Instant at, Instant now) {
        requireOpen("lose");
        requireNotBeforeCreation("lostAt", at);
        status = DealStatus.LOST;
        lostAt = at;
        lostReason = reason;
        lostNote = Text.trimmedOrNull(note);
        currentVisit().leave(at, StageExit.LOST);
        updatedAt = now;
    }

    /** Opens a won or lost deal again, in the stage it closed in; returns the status it had. */
    DealStatus reopen(Instant now) {
        if (status == DealStatus.OPEN) {
            throw new ProblemException.Conflict("Deal " + id + " is open already; only won or lost deals can be "
                    + "reopened.");
        }
        DealStatus previous = status;
        status = DealStatus.OPEN;
        wonAt = null;
        lostAt = null;
        lostReason = null;
        lostNote = null;
        enter(stageId, now);
        return previous;
    }

    /** Amounts leave this service at the currency's minor unit, whether just received or loaded. */
    @PostLoad
    void toMinorUnit() {
        amount = Money.atMinorUnit(amount, currency);
    }

    private void apply(DealRequest request, String ownerId, Instant now) {
        name = request.name().strip();
        accountId = request.accountId();
        amount = request.amount();
        currency = request.currency();
        expectedCloseDate = request.expectedCloseDate();
        this.ownerId = ownerId;
        updatedAt = now;
        toMinorUnit();
    }

    private void enter(UUID stage, Instant at) {
        stageId = stage;
        stageEnteredAt = at;
        updatedAt = at;
        visits.add(StageVisit.enter(this, stage, at));
    }

    private StageVisit currentVisit() {
        return visits.stream().filter(v -> v.leftAt == null).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("Open deal " + id + " has no current stage visit"));
    }

    private void requireOpen(String action) {
        if (status == DealStatus.WON) {
            throw new ProblemException.Conflict("Deal " + id + " was won on " + wonAt + "; reopen it before you "
                    + action + " it.");
        }
        if (status == DealStatus.LOST) {
            throw new ProblemException.Conflict("Deal " + id + " was lost on " + lostAt + "; reopen it before you "
                    + action + " it.");
        }
    }

    private void requireNotBeforeCreation(String field, Instant at) {
        if (at.isBefore(createdAt)) {
            throw new ProblemException.InvalidField(field, "must not be before the deal was created (" + createdAt
                    + ")");
        }
    }
}
