package dev.stride.analytics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** analytics-service settings ({@code stride.analytics.*}). */
@ConfigMapping(prefix = "stride.analytics")
public interface AnalyticsConfig {

    /** The time zone of tenants whose settings analytics has not received yet (Stride's first market: Japan). */
    @WithDefault("Asia/Tokyo")
    ZoneId defaultTimeZone();

    /** How often the live stream sends a keep-alive comment, so proxies never see an idle connection. */
    @WithDefault("15s")
    Duration streamHeartbeat();

    /**
     * The least time between two recomputations of one tenant's KPI progress: changes arriving meanwhile are merged
     * into the next one. Bounds the work a busy tenant costs, and adds at most this much to how old progress may be.
     */
    @WithDefault("50ms")
    Duration progressInterval();
}
