package dev.stride.crm.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** What other CRM features may ask about accounts (of the caller's tenant, as always). */
@ApplicationScoped
public class AccountDirectory {

    public boolean exists(UUID accountId) {
        return Account.count("id", accountId) > 0;
    }
}
