package dev.stride.kpi.platform;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The system clock as a bean, so the business time of every change comes from one replaceable place. */
class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
