package dev.stride.crm.account;

import java.util.Map;
import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Accounts as CSV, read by imports and written by exports: the {@link #COLUMNS}. */
@ApplicationScoped
class AccountCsv implements CsvImport<AccountRequest> {

    static final List<String> COLUMNS = List.of("externalId", "name", "industry", "sizeBand", "ownerId");

    private final AccountService accounts;
    private final Ownership ownership;
    private final CurrentTenant tenant;

    AccountCsv(AccountService accounts, Ownership ownership, CurrentTenant tenant) {
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
        return COLUMNS;
    }

    /** An account as an export writes it: what its import reads back. */
    static List<Object> row(Account account) {
        return Arrays.asList(ExternalIds.reference(account.id, account.externalId), account.name, account.industry,
                account.sizeBand, account.ownerId);
    }

    @Override
    public AccountRequest parse(Row row) {
        return new AccountRequest(row.get("name"), row.get("industry"), sizeBand(row.get("sizeBand")),
                row.get("ownerId"));
    }

    @Override
    public void check(Row row, AccountRequest request) {
        try {
            Account existing = Account.byReference(row.get("externalId"));
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
        return Account.byReference(externalId) != null;
    }

    @Override
    public boolean upsert(String externalId, AccountRequest request) {
        return accounts.upsert(externalId, request);
    }

    @Override
    public Map<String, String> current(String reference) {
        Account account = Account.byReference(reference);
        return account == null ? null : CsvImport.values(COLUMNS, row(account));
    }

    @Override
    public boolean delete(String reference) {
        Account account = Account.byReference(reference);
        if (account != null) {
            accounts.delete(account.id, null);
        }
        return account != null;
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
