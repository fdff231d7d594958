package dev.stride.crm.activity;

import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A call, email, meeting or task; planned until completed, overdue when open past its time. */
@Entity
@Table(name = "activity")
class Activity extends PanacheEntityBase {

    /** The topic of every activity event. */
    static final String TOPIC = "crm.activities";

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ActivityType type;

    @Column(nullable = false)
    String subject;

    String notes;

    @Column(nullable = false)
    Instant at;

    @Column(name = "duration_minutes")
    Integer durationMinutes;

    String outcome;

    @Column(name = "completed_at")
    Instant completedAt;

    @Column(name = "lead_id")
    UUID leadId;

    @Column(name = "deal_id")
    UUID dealId;

    @Column(name = "account_id")
    UUID accountId;

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

    /** The record a CSV row names (see {@link ExternalIds}), or null. */
    static Activity byReference(String reference) {
        return reference == null ? null
                : Activity.<Activity> find(ExternalIds.MATCH, ExternalIds.of(reference)).firstResult();
    }

    static Activity open(ActivityRequest request, String ownerId, Instant now) {
        Activity activity = new Activity();
        activity.id = Ids.newId();
        activity.createdAt = now;
        activity.apply(request, ownerId, now);
        return activity;
    }

    void update(ActivityRequest request, String ownerId, Instant now) {
        apply(request, ownerId, now);
    }

    /** Marks it done (at {@code at}, by default now); false when it was done already. */
    boolean complete(Instant at, Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = at;
        updatedAt = now;
        return true;
    }

    private void apply(ActivityRequest request, String ownerId, Instant now) {
        type = request.type();
        subject = request.subject().strip();
        notes = Text.trimmedOrNull(request.notes());
        at = request.at();
        durationMinutes = request.durationMinutes();
        outcome = Text.trimmedOrNull(request.outcome());
        boolean done = request.completed() != null ? request.completed()
                : type != ActivityType.TASK && !at.isAfter(now);
        if (!done) {
            completedAt = null;
        } else if (completedAt == null) {
            completedAt = at.isAfter(now) ? now : at;
        }
        leadId = request.leadId();
        dealId = request.dealId();
        accountId = request.accountId();
        this.ownerId = ownerId;
        updatedAt = now;
    }
}
