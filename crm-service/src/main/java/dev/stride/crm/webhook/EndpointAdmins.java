package dev.stride.crm.webhook;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Whether the admin who set up a webhook endpoint may still act for it: a delivery is applied with that user's rights
 * as they are now, in Keycloak (asked through the services' client, which may view users; an answer is kept for
 * {@code quarkus.cache.caffeine."webhook-endpoint-admins".expire-after-write}). Someone removed, disabled, moved out of
 * the tenant or no longer an admin stands behind no delivery.
 */
@ApplicationScoped
class EndpointAdmins {

    /** Keycloak could not say (unreachable, or an error of its own): the delivery waits and is tried again. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Keycloak keycloak;
    private final String realm;

    EndpointAdmins(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** Why {@code userId} can no longer stand behind the tenant's endpoint; empty when they can. */
    @CacheResult(cacheName = "webhook-endpoint-admins")
    Optional<String> refusal(String tenantId, String userId) {
        UserResource user = keycloak.realm(realm).users().get(userId);
        try {
            UserRepresentation found = user.toRepresentation();
            String who = "The admin who set up this endpoint (" + found.getUsername() + ")";
            if (!Boolean.TRUE.equals(found.isEnabled())) {
                return Optional.of(who + " is disabled");
            }
            List<GroupRepresentation> groups = user.groups(null, null, null, false);
            boolean inTenant = groups.stream().anyMatch(group -> group.getAttributes() != null
                    && group.getAttributes().getOrDefault("tenant", List.of()).contains(tenantId));
            if (!inTenant) {
                return Optional.of(who + " is no longer a user of this tenant");
            }
            boolean admin = user.roles().realmLevel().listEffective().stream().map(RoleRepresentation::getName)
                    .anyMatch("admin"::equals);
            return admin ? Optional.empty() : Optional.of(who + " is no longer an admin");
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.of("The admin who set up this endpoint (user " + userId + ") no longer exists");
            }
            throw new Unavailable("Keycloak could not tell whether the endpoint's admin may still act: " + e, e);
        } catch (ProcessingException e) {
            throw new Unavailable("Keycloak could not tell whether the endpoint's admin may still act: " + e, e);
        }
    }
}
