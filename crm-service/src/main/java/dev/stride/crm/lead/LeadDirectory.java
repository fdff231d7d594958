package dev.stride.crm.lead;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** What other CRM features may ask about leads (of the caller's tenant, as always). */
@ApplicationScoped
public class LeadDirectory {

    public boolean exists(UUID leadId) {
        return Lead.count("id", leadId) > 0;
    }
}
