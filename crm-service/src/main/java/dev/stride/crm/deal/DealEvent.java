package dev.stride.crm.deal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.crm.events.OwnedEvent;
import dev.stride.crm.pipeline.StageRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code stride.crm.deal.<verb>.v1} on {@value Deal#TOPIC}, keyed by deal id: the whole deal as it is after the change
 * (for a delete: as it was), with its pipeline and stage by id and name and the stage's probability, so consumers
 * never call back. {@code version} orders the states of one deal. A stage change also names the stage it left; a
 * reopening names the status it left.
 */
record DealEvent(@JsonIgnore String type, @JsonIgnore Instant occurredAt, UUID dealId, String name, UUID accountId,
        UUID pipelineId, String pipelineName, UUID stageId, String stageName, int probability, BigDecimal amount,
        String currency, DealStatus status, LocalDate expectedCloseDate, String ownerId, Instant createdAt,
        Instant updatedAt, Instant stageEnteredAt, Instant wonAt, Instant lostAt, String lostReason, String lostNote,
        UUID sourceLeadId, String leadSource, long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID fromStageId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String fromStageName,
        @JsonInclude(JsonInclude.Include.NON_NULL) DealStatus reopenedFrom) implements OwnedEvent {

    static final String CREATED = "stride.crm.deal.created.v1";
    static final String UPDATED = "stride.crm.deal.updated.v1";
    static final String DELETED = "stride.crm.deal.deleted.v1";
    static final String STAGE_CHANGED = "stride.crm.deal.stage-changed.v1";
    static final String WON = "stride.crm.deal.won.v1";
    static final String LOST = "stride.crm.deal.lost.v1";
    static final String REOPENED = "stride.crm.deal.reopened.v1";

    /** An event without a from-stage or previous status, at the given business time. */
    static DealEvent of(String type, Deal deal, StageRef stage, Instant at) {
        return of(type, deal, stage, at, null, null);
    }

    static DealEvent stageChanged(Deal deal, StageRef to, StageRef from) {
        return of(STAGE_CHANGED, deal, to, deal.stageEnteredAt, from, null);
    }

    static DealEvent reopened(Deal deal, StageRef stage, DealStatus from) {
        return of(REOPENED, deal, stage, deal.stageEnteredAt, null, from);
    }

    private static DealEvent of(String type, Deal deal, StageRef stage, Instant at, StageRef from,
            DealStatus reopenedFrom) {
        return new DealEvent(type, at, deal.id, deal.name, deal.accountId, stage.pipelineId(), stage.pipelineName(),
                stage.stageId(), stage.stageName(), stage.probability(), deal.amount, deal.currency, deal.status,
                deal.expectedCloseDate, deal.ownerId, deal.createdAt, deal.updatedAt, deal.stageEnteredAt,
                deal.wonAt, deal.lostAt, deal.lostReason, deal.lostNote, deal.sourceLeadId, deal.leadSource,
                deal.version,
                from != null ? from.stageId() : null, from != null ? from.stageName() : null, reopenedFrom);
    }

    @Override
    public String topic() {
        return Deal.TOPIC;
    }

    @Override
    public String aggregateId() {
        return dealId.toString();
    }
}
