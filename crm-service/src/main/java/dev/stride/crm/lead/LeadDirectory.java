package dev.stride.crm.lead;

import dev.stride.crm.platform.ExternalIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What other CRM features may ask about leads (of the caller's tenant, as always). */
@ApplicationScoped
public class LeadDirectory {

    public boolean exists(UUID leadId) {
        return Lead.count("id", leadId) > 0;
    }

    /** The id of the lead imported with this external id, or null. */
    public UUID byExternalId(String externalId) {
        Lead found = Lead.byReference(externalId);
        return found == null ? null : found.id;
    }

    /** How exports refer to these leads (see {@link ExternalIds}), by lead id. */
    public Map<UUID, String> references(Set<UUID> leadIds) {
        return leadIds.isEmpty() ? Collections.emptyMap() : Lead.<Lead> list("id in ?1", leadIds).stream()
                .collect(Collectors.toMap(x -> x.id, x -> ExternalIds.reference(x.id, x.externalId)));
    }
}
