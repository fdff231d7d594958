package dev.stride.crm.contact;

import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A person at an account. */
@Entity
@Table(name = "contact")
class Contact extends PanacheEntityBase {

    /** The topic of every contact event. */
    static final String TOPIC = "crm.contacts";

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(name = "account_id", nullable = false)
    UUID accountId;

    @Column(nullable = false)
    String name;

    /** The reading of a Japanese name in kana (フリガナ), used to sort and search names as people expect. */
    String kana;

    String email;

    String phone;

    String title;

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
    static Contact byReference(String reference) {
        return reference == null ? null
                : Contact.<Contact> find(ExternalIds.MATCH, ExternalIds.of(reference)).firstResult();
    }

    static Contact open(ContactRequest request, String ownerId, Instant now) {
        Contact contact = new Contact();
        contact.id = Ids.newId();
        contact.createdAt = now;
        contact.update(request, ownerId, now);
        return contact;
    }

    void update(ContactRequest request, String ownerId, Instant now) {
        accountId = request.accountId();
        name = request.name().strip();
        kana = Text.trimmedOrNull(request.kana());
        email = Text.trimmedOrNull(request.email());
        phone = Text.trimmedOrNull(request.phone());
        title = Text.trimmedOrNull(request.title());
        this.ownerId = ownerId;
        updatedAt = now;
    }

    /** The events carry the version, so build them after the change was flushed. */
    ContactEvent created() {
        return ContactEvent.of(ContactEvent.CREATED, this, createdAt);
    }

    ContactEvent updated() {
        return ContactEvent.of(ContactEvent.UPDATED, this, updatedAt);
    }

    ContactEvent deleted(Instant now) {
        return ContactEvent.of(ContactEvent.DELETED, this, now);
    }
}
