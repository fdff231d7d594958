package dev.stride.kpi.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * A metric's history asked of analytics-service, as the caller (their token, so their tenant and role), period by
 * period, within a time budget: when analytics is down, slow or cannot compute the metric, the answer is "cannot tell
 * now" (empty), never an error, and saving a KPI never waits on it.
 */
@ApplicationScoped
class AnalyticsHistory implements MetricHistory {

    private static final Logger LOG = Logger.getLogger(AnalyticsHistory.class);
    private static final Duration BUDGET = Duration.ofSeconds(2);

    private final AnalyticsMetrics analytics;
    private final SecurityIdentity identity;

    AnalyticsHistory(@RestClient AnalyticsMetrics analytics, SecurityIdentity identity) {
        this.analytics = analytics;
        this.identity = identity;
    }

    @Override
    public Optional<List<PeriodValue>> of(String metricId, PeriodType type, List<LocalDate> periodStarts) {
        String token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getRawToken() : null;
        if (token == null) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + BUDGET.toNanos();
        List<PeriodValue> values = new ArrayList<>();
        try {
            for (LocalDate start : periodStarts) {
                if (System.nanoTime() > deadline) {
                    LOG.debugf("Analytics took longer than %s for the history of %s", BUDGET, metricId);
                    return Optional.empty();
                }
                JsonNode answer = analytics.value(metricId, start.toString(), type.end(start).toString(),
                        "Bearer " + token);
                JsonNode value = answer.get("value");
                values.add(new PeriodValue(start, value == null || value.isNull() ? null : value.decimalValue()));
            }
            return Optional.of(values);
        } catch (RuntimeException unavailable) {
            LOG.debugf("Analytics cannot give the history of %s now: %s", metricId, unavailable.getMessage());
            return Optional.empty();
        }
    }
}
