package dev.stride.analytics.metric;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

@ConfigMapping(prefix = "stride.analytics")
interface MetricConfig {

    /** The time zone of tenants whose settings analytics has not received yet (Stride's first market: Japan). */
    @WithDefault("Asia/Tokyo")
    ZoneId defaultTimeZone();
}
