package dev.stride.analytics.platform;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives Hibernate the tenant discriminator of the current request, so every entity query and insert is scoped to the
 * caller's tenant structurally. Where no caller is bound (outbox relay, Kafka consumers) only tenant-less tables
 * are touched through entities (tenant data there goes through native SQL with the tenant as a parameter), and
 * the sentinel {@value #NO_TENANT} matches no row of a tenant-scoped one.
 */
@PersistenceUnitExtension
@ApplicationScoped
class TenantResolver implements io.quarkus.hibernate.orm.runtime.tenant.TenantResolver {

    static final String NO_TENANT = "-";

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return NO_TENANT;
        }
        CurrentTenant tenant = Arc.container().instance(CurrentTenant.class).get();
        return tenant.isBound() ? tenant.id() : NO_TENANT;
    }
}
