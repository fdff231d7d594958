package dev.stride.analytics.platform;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Binds the caller's tenant before any endpoint runs, and rejects an authenticated caller without exactly one tenant
 * (403), so no resource can forget to. Anonymous requests pass through to the endpoint's own security check (401).
 */
class TenantGuard {

    private final CurrentIdentityAssociation identities;
    private final CurrentTenant tenant;

    TenantGuard(CurrentIdentityAssociation identities, CurrentTenant tenant) {
        this.identities = identities;
        this.tenant = tenant;
    }

    @ServerRequestFilter
    Uni<Void> bindTenant() {
        return identities.getDeferredIdentity()
                .invoke(identity -> {
                    if (!identity.isAnonymous()) {
                        tenant.bind(identity);
                    }
                })
                .replaceWithVoid();
    }
}
