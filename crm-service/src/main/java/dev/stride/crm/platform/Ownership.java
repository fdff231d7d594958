package dev.stride.crm.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may own and change a record: a rep owns what they create and changes only their own records; managers and
 * admins change any record of the tenant and may give one to someone else. (Team scoping arrives with teams.)
 */
@ApplicationScoped
public class Ownership {

    private final CurrentTenant tenant;
    private final SecurityIdentity identity;

    Ownership(CurrentTenant tenant, SecurityIdentity identity) {
        this.tenant = tenant;
        this.identity = identity;
    }

    /** The owner a create or update ends with: the requested one if the caller may assign it, else 403. */
    public String ownerFor(String requested, String current, String what) {
        if (requested == null || requested.isBlank() || requested.strip().equals(current)) {
            return current;
        }
        if (!managesTenant()) {
            throw new ProblemException.Forbidden("Only managers and admins may give " + what + " to someone else.");
        }
        return requested.strip();
    }

    /** 403 unless the caller may change a record with this owner. */
    public void requireMayChange(String ownerId, String what) {
        if (!managesTenant() && !ownerId.equals(tenant.userId())) {
            throw new ProblemException.Forbidden("Reps may change only their own " + what + "; this one belongs to "
                    + "someone else. Ask its owner or a manager.");
        }
    }

    private boolean managesTenant() {
        return identity.hasRole("manager") || identity.hasRole("admin");
    }
}
