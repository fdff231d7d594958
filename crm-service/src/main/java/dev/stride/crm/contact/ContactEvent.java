package dev.stride.crm.contact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stride.crm.events.OwnedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code stride.crm.contact.created|updated|deleted.v1} on {@value Contact#TOPIC}: the whole contact as it is after
 * the change (for a delete: as it was).
 */
record ContactEvent(@JsonIgnore String type, @JsonIgnore Instant occurredAt, UUID contactId, UUID accountId,
        String name, String kana, String email, String phone, String title, String ownerId, Instant createdAt,
        Instant updatedAt, long version) implements OwnedEvent {

    static final String CREATED = "stride.crm.contact.created.v1";
    static final String UPDATED = "stride.crm.contact.updated.v1";
    static final String DELETED = "stride.crm.contact.deleted.v1";

    static ContactEvent of(String type, Contact contact, Instant at) {
        return new ContactEvent(type, at, contact.id, contact.accountId, contact.name, contact.kana, contact.email,
                contact.phone, contact.title, contact.ownerId, contact.createdAt, contact.updatedAt, contact.version);
    }

    @Override
    public String topic() {
        return Contact.TOPIC;
    }

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
