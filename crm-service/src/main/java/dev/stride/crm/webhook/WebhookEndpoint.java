package dev.stride.crm.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A webhook endpoint of a tenant: its provider, its encrypted secrets and whether it takes deliveries. */
@Entity
@Table(name = "webhook_endpoint")
class WebhookEndpoint extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    WebhookProvider provider;

    @Column(nullable = false)
    String name;

    /** The current secret (Pipedrive: the Basic password), sealed by {@link SecretBox}; none for Salesforce. */
    byte[] secret;

    /** The secret before the last rotation, valid until {@link #previousValidUntil}; sealed. */
    @Column(name = "previous_secret")
    byte[] previousSecret;

    @Column(name = "previous_valid_until")
    Instant previousValidUntil;

    /** How {@link #secret} and {@link #previousSecret} are sealed: {@link SecretBox#BOUND} or, before, UNBOUND. */
    @Column(nullable = false)
    short sealing;

    /** Pipedrive: the Basic user name. */
    @Column(name = "basic_username")
    String basicUsername;

    /** Salesforce: the organization whose messages the endpoint takes. */
    @Column(name = "organization_id")
    String organizationId;

    /** HubSpot: whether v1 and v2 signatures (no timestamp) are accepted beside v3. */
    @Column(name = "legacy_signatures", nullable = false)
    boolean legacySignatures;

    /** The address ranges (CIDR, canonical) deliveries may come from; empty: any ({@link SenderRanges}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_senders", nullable = false)
    List<String> allowedSenders;

    @Column(nullable = false)
    boolean enabled;

    /** Days a delivery's raw headers and body are kept ({@link WebhookDeliveryPurge}). */
    @Column(name = "body_retention_days", nullable = false)
    int bodyRetentionDays;

    /** Deliveries that failed verification (only counted). */
    @Column(nullable = false, insertable = false, updatable = false)
    long rejected;

    /**
     * The admin who set the endpoint up, or took it over since: the processor applies its deliveries as them, while
     * they are still an admin of the tenant ({@link EndpointAdmins}).
     */
    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;
}
