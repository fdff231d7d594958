package dev.stride.crm.lead;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.crm.events.OwnedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code stride.crm.lead.created|updated|deleted|status-changed|converted.v1} on {@value Lead#TOPIC}: the whole lead
 * after the change (for a delete: as it was); a status change also names the status it left, a conversion the
 * account, contact and deal it became.
 */
record LeadEvent(@JsonIgnore String type, @JsonIgnore Instant occurredAt, UUID leadId, String name, String company,
        String email, String phone, String source, String campaign, String ownerId, LeadStatus status,
        String disqualifyReason, Instant createdAt, Instant updatedAt, Instant statusChangedAt, Instant qualifiedAt,
        Instant convertedAt, UUID accountId, UUID contactId, UUID dealId, long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) LeadStatus fromStatus) implements OwnedEvent {

    static final String CREATED = "stride.crm.lead.created.v1";
    static final String UPDATED = "stride.crm.lead.updated.v1";
    static final String DELETED = "stride.crm.lead.deleted.v1";
    static final String STATUS_CHANGED = "stride.crm.lead.status-changed.v1";
    static final String CONVERTED = "stride.crm.lead.converted.v1";

    static LeadEvent of(String type, Lead lead, Instant at) {
        return of(type, lead, at, null);
    }

    static LeadEvent statusChanged(Lead lead, LeadStatus from) {
        return of(STATUS_CHANGED, lead, lead.statusChangedAt, from);
    }

    private static LeadEvent of(String type, Lead lead, Instant at, LeadStatus from) {
        return new LeadEvent(type, at, lead.id, lead.name, lead.company, lead.email, lead.phone, lead.source,
                lead.campaign, lead.ownerId, lead.status, lead.disqualifyReason, lead.createdAt, lead.updatedAt,
                lead.statusChangedAt, lead.qualifiedAt, lead.convertedAt, lead.accountId, lead.contactId, lead.dealId,
                lead.version, from);
    }

    @Override
    public String topic() {
        return Lead.TOPIC;
    }

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
