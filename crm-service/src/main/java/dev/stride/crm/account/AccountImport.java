package dev.stride.crm.account;

import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Accounts from CSV: {@code externalId, name, industry, sizeBand, ownerId}. */
@ApplicationScoped
class AccountImport implements CsvImport<AccountRequest> {

    private final AccountService accounts;
    private final Ownership ownership;
    private final CurrentTenant tenant;

    AccountImport(AccountService accounts, Ownership ownership, CurrentTenant tenant) {
        this.accounts = accounts;
        this.ownership = ownership;
        this.tenant = tenant;
    }

    @Override
    public String kind() {
        return "accounts";
    }

    @Override
    public List<String> columns() {
        return List.of("externalId", "name", "industry", "sizeBand", "ownerId");
    }

    @Override
    public AccountRequest parse(Row row) {
        return new AccountRequest(row.get("name"), row.get("industry"), sizeBand(row.get("sizeBand")),
                row.get("ownerId"));
    }

    @Override
    public void check(Row row, AccountRequest request) {
        try {
            Account existing = row.get("externalId") == null ? null
                    : Account.<Account> find("externalId", row.get("externalId")).firstResult();
            if (existing != null) {
                ownership.requireMayChange(existing.ownerId, "accounts");
            }
            ownership.ownerFor(request.ownerId(), existing != null ? existing.ownerId : tenant.userId(),
                    "an account");
        } catch (ProblemException.Forbidden e) {
            throw new RowError("ownerId", e.getMessage());
        }
    }

    @Override
    public boolean exists(String externalId) {
        return Account.count("externalId", externalId) > 0;
    }

    @Override
    public boolean upsert(String externalId, AccountRequest request) {
        return accounts.upsert(externalId, request);
    }

    private static SizeBand sizeBand(String value) {
        if (value == null) {
            return null;
        }
        try {
            return SizeBand.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowError("sizeBand", "must be one of " + Arrays.stream(SizeBand.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }
}
