package dev.stride.crm.lead;

/**
 * Where a lead stands: new, contacted and qualified are open and may change freely; disqualified may be opened
 * again; converted is final (the lead became an account, a contact and a deal).
 */
public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    CONVERTED,
    DISQUALIFIED
}
