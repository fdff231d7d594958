package dev.stride.crm.account;

import dev.stride.crm.platform.ExternalIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What other CRM features may ask about accounts (of the caller's tenant, as always). */
@ApplicationScoped
public class AccountDirectory {

    public boolean exists(UUID accountId) {
        return Account.count("id", accountId) > 0;
    }

    /** The id of the account imported with this external id, or null. */
    public UUID byExternalId(String externalId) {
        Account found = Account.byReference(externalId);
        return found == null ? null : found.id;
    }

    /** How exports refer to these accounts (see {@link ExternalIds}), by account id. */
    public Map<UUID, String> references(Set<UUID> accountIds) {
        return accountIds.isEmpty() ? Collections.emptyMap() : Account.<Account> list("id in ?1", accountIds).stream()
                .collect(Collectors.toMap(x -> x.id, x -> ExternalIds.reference(x.id, x.externalId)));
    }
}
