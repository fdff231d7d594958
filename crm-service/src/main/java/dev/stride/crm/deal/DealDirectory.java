package dev.stride.crm.deal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** What other CRM features may ask about deals (of the caller's tenant, as always). */
@ApplicationScoped
public class DealDirectory {

    public boolean exists(UUID dealId) {
        return Deal.count("id", dealId) > 0;
    }

    /** The id of the deal imported with this external id, or null. */
    public UUID byExternalId(String externalId) {
        return Deal.<Deal> find("externalId", externalId).firstResultOptional().map(d -> d.id).orElse(null);
    }
}
