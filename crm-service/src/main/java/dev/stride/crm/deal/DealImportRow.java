package dev.stride.crm.deal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A deal row of an import file: the deal's fields (its account by external id, its pipeline and stage by name) and
 * how it ended, for bringing in history: when it was created, and for a won or lost deal when and why it closed.
 */
record DealImportRow(@Valid DealRequest deal, String accountExternalId, String pipeline, String stage,
        @NotNull DealStatus status, Instant createdAt, Instant closedAt, String lostReason) {
}
