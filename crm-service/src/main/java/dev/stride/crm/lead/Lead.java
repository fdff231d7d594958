package dev.stride.crm.lead;

import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.ProblemException;
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

/** A prospect, from first touch until it is converted or disqualified. */
@Entity
@Table(name = "lead")
class Lead extends PanacheEntityBase {

    /** The topic of every lead event. */
    static final String TOPIC = "crm.leads";

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String name;

    String company;

    String email;

    String phone;

    @Column(nullable = false)
    String source;

    String campaign;

    @Column(name = "owner_id", nullable = false)
    String ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    LeadStatus status;

    @Column(name = "disqualify_reason")
    String disqualifyReason;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "status_changed_at", nullable = false)
    Instant statusChangedAt;

    /** When it last became qualified. */
    @Column(name = "qualified_at")
    Instant qualifiedAt;

    @Column(name = "converted_at")
    Instant convertedAt;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "contact_id")
    UUID contactId;

    @Column(name = "deal_id")
    UUID dealId;

    /** Its id in the system it was imported from; null when created in Stride. */
    @Column(name = "external_id")
    String externalId;

    @Version
    long version;

    /** A new lead; {@code now} is when it came in (an import may bring older leads). */
    /** The record a CSV row names (see {@link ExternalIds}), or null. */
    static Lead byReference(String reference) {
        return reference == null ? null
                : Lead.<Lead> find(ExternalIds.MATCH, ExternalIds.of(reference)).firstResult();
    }

    static Lead open(LeadRequest request, String source, String ownerId, Instant now) {
        Lead lead = new Lead();
        lead.id = Ids.newId();
        lead.status = LeadStatus.NEW;
        lead.createdAt = now;
        lead.statusChangedAt = now;
        lead.apply(request, source, ownerId, now);
        return lead;
    }

    void update(LeadRequest request, String source, String ownerId, Instant now) {
        apply(request, source, ownerId, now);
    }

    /** Changes the status; returns the one it had, or null when it already had this one. */
    LeadStatus changeStatus(LeadStatus target, String reason, Instant now) {
        requireNotConverted();
        if (target == LeadStatus.CONVERTED) {
            throw new ProblemException.InvalidField("status", "convert a lead with POST /leads/" + id + "/convert");
        }
        if (target == LeadStatus.DISQUALIFIED && Text.trimmedOrNull(reason) == null) {
            throw new ProblemException.InvalidField("reason", "say why the lead is disqualified");
        }
        if (target == status) {
            return null;
        }
        LeadStatus previous = status;
        status = target;
        disqualifyReason = target == LeadStatus.DISQUALIFIED ? reason.strip() : null;
        if (target == LeadStatus.QUALIFIED) {
            qualifiedAt = now;
        }
        statusChangedAt = now;
        updatedAt = now;
        return previous;
    }

    void convert(UUID account, UUID contact, UUID deal, Instant now) {
        requireConvertible();
        status = LeadStatus.CONVERTED;
        accountId = account;
        contactId = contact;
        dealId = deal;
        convertedAt = now;
        statusChangedAt = now;
        updatedAt = now;
    }

    /** 409 unless the lead is open: converting twice or converting a disqualified lead is refused. */
    void requireConvertible() {
        requireNotConverted();
        if (status == LeadStatus.DISQUALIFIED) {
            throw new ProblemException.Conflict("Lead " + id + " is disqualified (" + disqualifyReason + "); set it "
                    + "back to an open status before converting it.");
        }
    }

    void requireNotConverted() {
        if (status == LeadStatus.CONVERTED) {
            throw new ProblemException.Conflict("Lead " + id + " was converted on " + convertedAt + " into deal "
                    + dealId + "; work on the deal instead.");
        }
    }

    private void apply(LeadRequest request, String source, String ownerId, Instant now) {
        name = request.name().strip();
        company = Text.trimmedOrNull(request.company());
        email = Text.trimmedOrNull(request.email());
        phone = Text.trimmedOrNull(request.phone());
        this.source = source;
        campaign = Text.trimmedOrNull(request.campaign());
        this.ownerId = ownerId;
        updatedAt = now;
    }
}
