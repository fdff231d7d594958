package dev.stride.crm.deal;

import dev.stride.crm.platform.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One stay of a deal in a stage, from entering it until it moved on, was won or was lost. */
@Entity
@Table(name = "deal_stage_visit")
class StageVisit extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deal_id")
    Deal deal;

    @Column(name = "stage_id", nullable = false)
    UUID stageId;

    @Column(name = "entered_at", nullable = false)
    Instant enteredAt;

    @Column(name = "left_at")
    Instant leftAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by")
    StageExit endedBy;

    static StageVisit enter(Deal deal, UUID stageId, Instant at) {
        StageVisit visit = new StageVisit();
        visit.id = Ids.newId();
        visit.deal = deal;
        visit.stageId = stageId;
        visit.enteredAt = at;
        return visit;
    }

    void leave(Instant at, StageExit end) {
        leftAt = at;
        endedBy = end;
    }
}
