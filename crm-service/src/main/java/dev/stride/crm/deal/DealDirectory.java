package dev.stride.crm.deal;

import dev.stride.crm.platform.ExternalIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What other CRM features may ask about deals (of the caller's tenant, as always). */
@ApplicationScoped
public class DealDirectory {

    public boolean exists(UUID dealId) {
        return Deal.count("id", dealId) > 0;
    }

    /** The id of the deal imported with this external id, or null. */
    public UUID byExternalId(String externalId) {
        Deal found = Deal.byReference(externalId);
        return found == null ? null : found.id;
    }

    /** How exports refer to these deals (see {@link ExternalIds}), by deal id. */
    public Map<UUID, String> references(Set<UUID> dealIds) {
        return dealIds.isEmpty() ? Collections.emptyMap() : Deal.<Deal> list("id in ?1", dealIds).stream()
                .collect(Collectors.toMap(x -> x.id, x -> ExternalIds.reference(x.id, x.externalId)));
    }
}
