package dev.stride.crm.deal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** What other CRM features may ask about deals (of the caller's tenant, as always). */
@ApplicationScoped
public class DealDirectory {

    public boolean exists(UUID dealId) {
        return Deal.count("id", dealId) > 0;
    }
}
