package dev.stride.crm.team;

import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.KnownUsers;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The caller's tenant's users, from Keycloak's admin API: the members of the realm group whose {@code tenant}
 * attribute names the tenant (the same attribute that puts the {@code tenant} claim in their tokens), and, marked
 * inactive, those who used Stride but are no longer there ({@link KnownUsers}).
 */
@ApplicationScoped
class TenantUsers {

    private static final Logger LOG = Logger.getLogger(TenantUsers.class);
    private static final int MAX_USERS = 10_000;

    private final Keycloak keycloak;
    private final KnownUsers knownUsers;
    private final CurrentTenant tenant;
    private final String realm;

    TenantUsers(Keycloak keycloak, KnownUsers knownUsers, CurrentTenant tenant,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.knownUsers = knownUsers;
        this.tenant = tenant;
        this.realm = realm;
    }

    List<UserResponse> list() {
        String tenantId = tenant.id();
        try {
            var groups = keycloak.realm(realm).groups();
            Map<String, UserResponse> users = groups.query("tenant:" + tenantId, false, 0, 100, false).stream()
                    .filter(group -> group.getAttributes() != null
                            && group.getAttributes().getOrDefault("tenant", List.of()).contains(tenantId))
                    .flatMap(group -> groups.group(group.getId()).members(0, MAX_USERS, true).stream())
                    .map(user -> new UserResponse(user.getId(), user.getUsername(), displayName(user),
                            user.getEmail(), true))
                    .collect(Collectors.toMap(UserResponse::id, user -> user, (a, b) -> a, HashMap::new));
            for (KnownUsers.KnownUser known : knownUsers.of(tenantId)) {
                users.putIfAbsent(known.userId(), new UserResponse(known.userId(), known.username(),
                        known.displayName(), known.email(), false));
            }
            return users.values().stream().sorted(Comparator.comparing(UserResponse::displayName)).toList();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("Keycloak's admin API did not answer the users of tenant %s: %s", tenantId, e.toString());
            throw new ProblemException.Unavailable("The list of your users comes from the identity provider, which "
                    + "is not reachable right now; try again in a moment.");
        }
    }

    /** 400 naming {@code field} unless the user is one of the tenant's (in the identity provider). */
    void require(String field, String userId) {
        if (list().stream().noneMatch(user -> user.active() && user.id().equals(userId))) {
            throw new ProblemException.InvalidField(field, "is not one of your tenant's users (GET /teams/users "
                    + "lists them)");
        }
    }

    private static String displayName(UserRepresentation user) {
        String name = Stream.of(user.getFirstName(), user.getLastName()).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" "));
        return name.isBlank() ? user.getUsername() : name;
    }
}
