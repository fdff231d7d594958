package dev.stride.crm.activity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stride.crm.events.OwnedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code stride.crm.activity.created|updated|deleted.v1} on {@value Activity#TOPIC}: the whole activity after the
 * change (for a delete: as it was). Completing an activity is an update that sets {@code completedAt}.
 */
record ActivityEvent(@JsonIgnore String type, @JsonIgnore Instant occurredAt, UUID activityId,
        ActivityType activityType, String subject, String notes, Instant at, Integer durationMinutes, String outcome,
        Instant completedAt, UUID leadId, UUID dealId, UUID accountId, String ownerId, Instant createdAt,
        Instant updatedAt, long version) implements OwnedEvent {

    static final String CREATED = "stride.crm.activity.created.v1";
    static final String UPDATED = "stride.crm.activity.updated.v1";
    static final String DELETED = "stride.crm.activity.deleted.v1";

    static ActivityEvent of(String type, Activity activity, Instant at) {
        return new ActivityEvent(type, at, activity.id, activity.type, activity.subject, activity.notes, activity.at,
                activity.durationMinutes, activity.outcome, activity.completedAt, activity.leadId, activity.dealId,
                activity.accountId, activity.ownerId, activity.createdAt, activity.updatedAt, activity.version);
    }

    @Override
    public String topic() {
        return Activity.TOPIC;
    }

    @Override
    public String aggregateId() {
        return activityId.toString();
    }
}
