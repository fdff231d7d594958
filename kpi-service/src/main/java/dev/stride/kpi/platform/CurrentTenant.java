package dev.stride.kpi.platform;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tenant and user of the current request, taken from the token's {@code tenant} claim and subject by
 * {@link TenantGuard}. A caller must belong to exactly one tenant: none or several is a 403, never a guess.
 */
@RequestScoped
public class CurrentTenant {

    static final String CLAIM = "tenant";

    private String id;
    private String userId;

    /** The caller's tenant id. */
    public String id() {
        if (id == null) {
            throw new UnauthorizedException();
        }
        return id;
    }

    /** The caller's user id (the token subject), the owner of what they create. */
    public String userId() {
        if (userId == null) {
            throw new UnauthorizedException();
        }
        return userId;
    }

    boolean isBound() {
        return id != null;
    }

    void bind(SecurityIdentity identity) {
        JsonWebToken jwt = identity.getPrincipal() instanceof JsonWebToken token ? token : null;
        List<String> tenants = jwt != null ? tenantsOf(jwt) : List.of();
        if (tenants.size() != 1) {
            throw new ForbiddenException(tenants.isEmpty()
                    ? "Your account is not assigned to a tenant; ask your Stride administrator to add you to one."
                    : "Your account is assigned to " + tenants.size()
                            + " tenants; Stride needs exactly one. Ask your administrator to fix the assignment.");
        }
        this.id = tenants.getFirst();
        this.userId = jwt.getSubject() != null ? jwt.getSubject() : identity.getPrincipal().getName();
    }

    private static List<String> tenantsOf(JsonWebToken jwt) {
        Object claim = claim(jwt, CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((JsonString) v).getString()).filter(s -> !s.isBlank()).toList();
        }
        if (claim instanceof JsonString s && !s.getString().isBlank()) {
            return List.of(s.getString());
        }
        if (claim instanceof String s && !s.isBlank()) {
            return List.of(s);
        }
        return List.of();
    }

    /**
     * The token's claim of this name, as {@code JsonWebToken.getClaim} gives it (a string, a JSON array...), without
     * what that costs for a name outside the standard claims, such as {@code tenant}: it looks every name up in the
     * standard claims' enum first, and for any other one creates, fills in and catches an exception, a stack trace
     * per request.
     */
    static Object claim(JsonWebToken jwt, String name) {
        return jwt instanceof OidcJwtCallerPrincipal oidc ? oidc.getClaims().getClaimValue(name) : jwt.getClaim(name);
    }
}
