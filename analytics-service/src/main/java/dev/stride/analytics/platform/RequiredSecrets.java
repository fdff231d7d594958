package dev.stride.analytics.platform;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;

/**
 * The secrets this service must be given by its environment, checked as the service starts. Quarkus reads its own
 * secret properties as optional, so an unset variable would otherwise count as "no password" and fail only at the
 * first connection, without saying which; bound here as required values, a missing one stops the start with
 * {@code SRCFG00011: Could not expand value <VARIABLE> ...}, naming the environment variable to set. Nothing injects
 * it: it exists to be validated, so it is kept unremovable (an unused mapping is otherwise left out of the build).
 */
@Unremovable
@ConfigMapping(prefix = "stride.required")
interface RequiredSecrets {

    /** The password of this service's PostgreSQL role. */
    String datasourcePassword();
}
