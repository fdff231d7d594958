package dev.stride.crm.platform;

/** What {@link Ownership} needs to know of teams (the team feature answers it). */
public interface TeamScope {

    /** Whether {@code managerId} manages the team {@code userId} is a member of. */
    boolean manages(String managerId, String userId);
}
