package dev.stride.crm.deal;

import dev.stride.crm.pipeline.StageRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import dev.stride.crm.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Deal", requiredProperties = { "id", "name", "accountId", "pipelineId", "pipelineName", "stageId",
        "stageName", "probability", "amount", "currency", "status", "expectedCloseDate", "ownerId", "createdAt",
        "updatedAt", "stageEnteredAt", "wonAt", "lostAt", "lostReason", "lostNote", "sourceLeadId", "leadSource",
        "version" })
public record DealResponse(UUID id, String name, @Schema(nullable = true) UUID accountId, UUID pipelineId,
        String pipelineName, UUID stageId, String stageName,
        @Schema(description = "The stage's win probability in percent") int probability, BigDecimal amount,
        String currency, DealStatus status, @Schema(nullable = true) LocalDate expectedCloseDate, String ownerId,
        Instant createdAt, Instant updatedAt,
        @Schema(description = "When the deal entered its current stage") Instant stageEnteredAt,
        @Schema(nullable = true) Instant wonAt, @Schema(nullable = true) Instant lostAt,
        @Schema(nullable = true) String lostReason, @Schema(nullable = true) String lostNote,
        @Schema(description = "The lead it was converted from", nullable = true) UUID sourceLeadId,
        @Schema(description = "That lead's source", nullable = true) String leadSource, long version)
        implements Versions.Versioned {

    static DealResponse from(Deal deal, StageRef stage) {
        return new DealResponse(deal.id, deal.name, deal.accountId, stage.pipelineId(), stage.pipelineName(),
                stage.stageId(), stage.stageName(), stage.probability(), deal.amount, deal.currency, deal.status,
                deal.expectedCloseDate, deal.ownerId, deal.createdAt, deal.updatedAt, deal.stageEnteredAt,
                deal.wonAt, deal.lostAt, deal.lostReason, deal.lostNote, deal.sourceLeadId, deal.leadSource,
                deal.version);
    }
}
