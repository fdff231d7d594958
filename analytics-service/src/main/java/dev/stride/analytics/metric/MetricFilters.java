package dev.stride.analytics.metric;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.analytics.metric.Metric.Dimension;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The filters a figure is narrowed by, named as a KPI's filters are in kpi-service; null means "all". Only the
 * dimensions of the metric may be used ({@link MetricEngine} says which).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "Filters narrowing a figure; null means all")
public record MetricFilters(
        @Schema(required = true, nullable = true, description = "One user's records") String ownerId,
        @Schema(required = true, nullable = true, description = "One team's records") UUID teamId,
        @Schema(required = true, nullable = true, description = "One lead source's records") String source,
        @Schema(required = true, nullable = true, description = "One pipeline's deals") UUID pipelineId,
        @Schema(required = true, nullable = true, description = "One activity type's activities")
        String activityType) {

    public static final MetricFilters NONE = new MetricFilters(null, null, null, null, null);

    /** The dimensions these filters narrow. */
    public Set<Dimension> used() {
        Set<Dimension> used = EnumSet.noneOf(Dimension.class);
        if (ownerId != null) {
            used.add(Dimension.OWNER);
        }
        if (teamId != null) {
            used.add(Dimension.TEAM);
        }
        if (source != null) {
            used.add(Dimension.SOURCE);
        }
        if (pipelineId != null) {
            used.add(Dimension.PIPELINE);
        }
        if (activityType != null) {
            used.add(Dimension.ACTIVITY_TYPE);
        }
        return used;
    }

    /** These filters narrowed to one owner (a user id) or team (a team id); null when the key is not a team id. */
    MetricFilters narrowed(Dimension dimension, String key) {
        if (dimension == Dimension.OWNER) {
            return new MetricFilters(key, teamId, source, pipelineId, activityType);
        }
        try {
            return new MetricFilters(ownerId, UUID.fromString(key), source, pipelineId, activityType);
        } catch (IllegalArgumentException notATeam) {
            return null;
        }
    }

    /** The filter's value for a dimension, as stored in the facts (ids as text). */
    Object value(Dimension dimension) {
        return switch (dimension) {
            case OWNER -> ownerId;
            case TEAM -> teamId != null ? teamId.toString() : null;
            case SOURCE -> source;
            case PIPELINE -> pipelineId;
            case ACTIVITY_TYPE -> activityType;
        };
    }
}
