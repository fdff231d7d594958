package dev.stride.analytics.live;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The {@code metrics-changed} stream event: these metrics of the caller's tenant have new values; fetch them again. */
@Schema(name = "MetricsChanged")
public record MetricsChanged(@Schema(examples = "[\"deals.won.count\"]") Set<String> metrics) {
}
