package dev.stride.crm.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One entry of a tenant's choice list; records keep the chosen text, so editing a list breaks no record. */
@Entity
@Table(name = "choice")
class Choice extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String list;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    int position;

    static Choice of(String list, String name, int position) {
        Choice choice = new Choice();
        choice.id = Ids.newId();
        choice.list = list;
        choice.name = name;
        choice.position = position;
        return choice;
    }
}
