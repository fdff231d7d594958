package dev.stride.kpi.okr;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckIn", requiredProperties = { "id", "keyResultId", "value", "confidence", "note", "authorId",
        "checkedInAt" })
public record CheckInResponse(UUID id, UUID keyResultId, BigDecimal value, int confidence,
        @Schema(nullable = true) String note, String authorId, Instant checkedInAt) {

    static CheckInResponse from(CheckIn c) {
        return new CheckInResponse(c.id, c.keyResultId, c.value, c.confidence, c.note, c.authorId, c.checkedInAt);
    }
}
