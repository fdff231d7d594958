package dev.stride.analytics.rebuild;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rebuild", description = "The last rebuild of the caller's tenant's analytics")
public record RebuildStatus(
        @Schema(required = true) State state,
        @Schema(required = true) Instant startedAt,
        @Schema(required = true, nullable = true) Instant finishedAt,
        @Schema(required = true, description = "Events applied again so far") long events,
        @Schema(required = true, nullable = true, description = "Why it failed, when it did") String error) {

    /** Running, done, or failed (then the figures may be incomplete: start it again). */
    public enum State {
        RUNNING, DONE, FAILED
    }
}
