package dev.stride.crm.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stride.crm.events.OwnedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code stride.crm.account.created|updated|deleted.v1} on {@value Account#TOPIC}: the whole account as it is after
 * the change (for a delete: as it was), so consumers never call back.
 */
record AccountEvent(@JsonIgnore String type, @JsonIgnore Instant occurredAt, UUID accountId, String name,
        String industry, SizeBand sizeBand, String ownerId, Instant createdAt, Instant updatedAt, long version)
        implements OwnedEvent {

    static final String CREATED = "stride.crm.account.created.v1";
    static final String UPDATED = "stride.crm.account.updated.v1";
    static final String DELETED = "stride.crm.account.deleted.v1";

    static AccountEvent of(String type, Account account, Instant at) {
        return new AccountEvent(type, at, account.id, account.name, account.industry, account.sizeBand,
                account.ownerId, account.createdAt, account.updatedAt, account.version);
    }

    @Override
    public String topic() {
        return Account.TOPIC;
    }

    @Override
    public String aggregateId() {
        return accountId.toString();
    }
}
