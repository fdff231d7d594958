package dev.stride.kpi.goal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A KSF: a key success factor under a KGI, the "why" that links KPIs to it. */
@Entity
@Table(name = "ksf")
class Ksf extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(name = "kgi_id", nullable = false)
    UUID kgiId;

    @Column(nullable = false)
    String name;

    String description;

    @Column(name = "owner_id")
    String ownerId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    static Ksf create(KsfRequest request, Instant now) {
        Ksf ksf = new Ksf();
        ksf.id = UUID.randomUUID();
        ksf.createdAt = now;
        ksf.apply(request, now);
        return ksf;
    }

    void apply(KsfRequest request, Instant now) {
        kgiId = request.kgiId();
        name = request.name().strip();
        description = request.description();
        ownerId = request.ownerId();
        updatedAt = now;
    }
}
