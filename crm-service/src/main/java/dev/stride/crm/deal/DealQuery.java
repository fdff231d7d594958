package dev.stride.crm.deal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A list request, validated: every field but {@code sort} and {@code limit} may be null (no filter). */
record DealQuery(String text, String ownerId, UUID teamId, DealStatus status, String source, UUID pipelineId,
        UUID stageId, UUID accountId,
        Instant createdFrom, Instant createdTo, LocalDate closeFrom, LocalDate closeTo, DealSort sort, String cursor,
        int limit) {
}
