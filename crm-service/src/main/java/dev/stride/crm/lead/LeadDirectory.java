package dev.stride.crm.lead;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** What other CRM features may ask about leads (of the caller's tenant, as always). */
@ApplicationScoped
public class LeadDirectory {

    public boolean exists(UUID leadId) {
        return Lead.count("id", leadId) > 0;
    }

    /** The id of the lead imported with this external id, or null. */
    public UUID byExternalId(String externalId) {
        return Lead.<Lead> find("externalId", externalId).firstResultOptional().map(l -> l.id).orElse(null);
    }
}
