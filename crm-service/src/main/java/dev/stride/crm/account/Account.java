package dev.stride.crm.account;

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

/** A customer company. State changes are methods that return the event they cause, for the outbox. */
@Entity
@Table(name = "account")
class Account extends PanacheEntityBase {

    /** The topic of every account event. */
    static final String TOPIC = "crm.accounts";

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String name;

    String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band")
    SizeBand sizeBand;

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
    static Account byReference(String reference) {
        return reference == null ? null
                : Account.<Account> find(ExternalIds.MATCH, ExternalIds.of(reference)).firstResult();
    }

    static Account open(AccountRequest request, String ownerId, Instant now) {
        Account account = new Account();
        account.id = Ids.newId();
        account.createdAt = now;
        account.apply(request, ownerId, now);
        return account;
    }

    void update(AccountRequest request, String ownerId, Instant now) {
        apply(request, ownerId, now);
    }

    /** The events carry the version, so build them after the change was flushed. */
    AccountEvent created() {
        return AccountEvent.of(AccountEvent.CREATED, this, createdAt);
    }

    AccountEvent updated() {
        return AccountEvent.of(AccountEvent.UPDATED, this, updatedAt);
    }

    AccountEvent deleted(Instant now) {
        return AccountEvent.of(AccountEvent.DELETED, this, now);
    }

    private void apply(AccountRequest request, String ownerId, Instant now) {
        name = request.name().strip();
        industry = Text.trimmedOrNull(request.industry());
        sizeBand = request.sizeBand();
        this.ownerId = ownerId;
        updatedAt = now;
    }
}
