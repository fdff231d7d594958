package dev.stride.crm.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** What other CRM features may ask about accounts (of the caller's tenant, as always). */
@ApplicationScoped
public class AccountDirectory {

    public boolean exists(UUID accountId) {
        return Account.count("id", accountId) > 0;
    }

    /** The id of the account imported with this external id, or null. */
    public UUID byExternalId(String externalId) {
        return Account.<Account> find("externalId", externalId).firstResultOptional().map(a -> a.id).orElse(null);
    }
}
