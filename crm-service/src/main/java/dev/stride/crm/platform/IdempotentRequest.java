package dev.stride.crm.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The first response to a creating request that carried an {@code Idempotency-Key}, kept to answer its retries. */
@Entity
@Table(name = "idempotent_request")
class IdempotentRequest extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    /** Whose key it is: keys are per user, so a colleague's key never answers for another. */
    @Column(name = "user_id", nullable = false, updatable = false)
    String userId;

    @Column(name = "idempotency_key", nullable = false)
    String key;

    /** SHA-256 of the request's method, path and JSON body: a key reused for another request is refused. */
    @Column(name = "request_hash", nullable = false)
    String requestHash;

    @Column(nullable = false)
    int status;

    String location;

    String etag;

    @Column(nullable = false)
    String body;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
