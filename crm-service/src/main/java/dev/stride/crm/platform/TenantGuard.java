package dev.stride.crm.platform;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Binds the caller's tenant before any endpoint runs, and rejects an authenticated caller without exactly one tenant
 * (403), so no resource can forget to; records the caller's display name ({@link KnownUsers}). Anonymous requests
 * pass through to the endpoint's own security check (401).
 */
class TenantGuard {

    private final CurrentIdentityAssociation identities;
    private final CurrentTenant tenant;
    private final KnownUsers users;

    TenantGuard(CurrentIdentityAssociation identities, CurrentTenant tenant, KnownUsers users) {
        this.identities = identities;
        this.tenant = tenant;
        this.users = users;
    }

    @ServerRequestFilter
    Uni<Void> bindTenant() {
        return identities.getDeferredIdentity()
                .chain(identity -> {
                    if (identity.isAnonymous()) {
                        return Uni.createFrom().voidItem();
                    }
                    tenant.bind(identity);
                    return identity.getPrincipal() instanceof JsonWebToken jwt ? users.remember(tenant.id(), jwt)
                            : Uni.createFrom().voidItem();
                });
    }
}
