package dev.stride.crm.deal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One of a tenant's loss reasons. A lost deal keeps its reason as text, so changing the list breaks no deal. */
@Entity
@Table(name = "loss_reason")
class LossReason extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    int position;

    static LossReason of(String name, int position) {
        LossReason reason = new LossReason();
        reason.id = UUID.randomUUID();
        reason.name = name;
        reason.position = position;
        return reason;
    }
}
