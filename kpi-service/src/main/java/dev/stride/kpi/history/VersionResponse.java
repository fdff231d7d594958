package dev.stride.kpi.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DefinitionVersion", requiredProperties = { "version", "changedAt", "changedBy", "state" })
public record VersionResponse(long version, Instant changedAt,
        @Schema(description = "The user who made the change") String changedBy,
        @Schema(type = SchemaType.OBJECT, description = "The definition as it was after the change") JsonNode state) {
}
