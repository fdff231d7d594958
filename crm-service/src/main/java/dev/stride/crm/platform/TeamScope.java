package dev.stride.crm.platform;

import java.util.List;
import java.util.UUID;

/** What {@link Ownership} needs to know of teams (the team feature answers it). */
public interface TeamScope {

    /** Whether {@code managerId} manages the team {@code userId} is a member of. */
    boolean manages(String managerId, String userId);

    /** The team {@code userId} is a member of in the tenant, or null. */
    UUID teamOf(String tenantId, String userId);

    /** The user ids of a team's members (null for no team); a 400 naming {@code field} when there is no such team. */
    List<String> membersOf(String field, UUID teamId);
}
