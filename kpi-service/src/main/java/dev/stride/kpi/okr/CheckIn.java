package dev.stride.kpi.okr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A weekly check-in on a key result: where it stands, how confident its owner is, and a note. */
@Entity
@Table(name = "check_in")
class CheckIn extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(name = "key_result_id", nullable = false)
    UUID keyResultId;

    @Column(nullable = false)
    BigDecimal value;

    @Column(nullable = false)
    int confidence;

    String note;

    @Column(name = "author_id", nullable = false)
    String authorId;

    @Column(name = "checked_in_at", nullable = false)
    Instant checkedInAt;
}
