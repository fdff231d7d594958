package dev.stride.crm.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Who may own and change a record: a rep owns what they create and changes only their own records; a manager also
 * changes the records of the members of the teams they manage and may give records to those members; an admin
 * changes any record of the tenant and may give it to anyone. Everyone in a tenant reads all of its records.
 */
@ApplicationScoped
public class Ownership {

    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final TeamScope teams;

    Ownership(CurrentTenant tenant, SecurityIdentity identity, TeamScope teams) {
        this.tenant = tenant;
        this.identity = identity;
        this.teams = teams;
    }

    /** The owner a create or update ends with: the requested one if the caller may assign it, else 403. */
    public String ownerFor(String requested, String current, String what) {
        if (requested == null || requested.isBlank() || requested.strip().equals(current)) {
            return current;
        }
        String owner = requested.strip();
        if (identity.hasRole("admin") || owner.equals(tenant.userId())
                || identity.hasRole("manager") && teams.manages(tenant.userId(), owner)) {
            return owner;
        }
        throw new ProblemException.Forbidden(identity.hasRole("manager")
                ? "Managers may give " + what + " only to members of the teams they manage."
                : "Only managers and admins may give " + what + " to someone else.");
    }

    /** The owners a {@code team} list filter stands for: its members (null for no filter; 400 for no such team). */
    public List<String> ownersIn(UUID teamId) {
        return teams.membersOf("team", teamId);
    }

    /** 403 unless the caller may change a record with this owner. */
    public void requireMayChange(String ownerId, String what) {
        if (identity.hasRole("admin") || ownerId.equals(tenant.userId())
                || identity.hasRole("manager") && teams.manages(tenant.userId(), ownerId)) {
            return;
        }
        throw new ProblemException.Forbidden(identity.hasRole("manager")
                ? "Managers change the " + what + " of the members of the teams they manage; this one belongs to "
                        + "someone outside them. Ask an admin."
                : "Reps may change only their own " + what + "; this one belongs to someone else. Ask its owner or "
                        + "their manager.");
    }
}
