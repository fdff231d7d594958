package dev.stride.crm.subscription;

import java.util.Set;
import dev.stride.crm.account.AccountDirectory;
import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.imports.CsvValues;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Money;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Subscriptions as CSV, read by imports and written by exports: the {@link #COLUMNS}. Re-importing updates the plan,
 * owner and cancellation; an MRR change keeps its date, so it goes through {@code POST /subscriptions/{id}/mrr}, and a
 * row with another MRR is reported.
 */
@RequestScoped
class SubscriptionCsv implements CsvImport<SubscriptionImportRow> {

    static final List<String> COLUMNS = List.of("externalId", "accountExternalId", "plan", "mrr", "currency",
            "startedOn", "renewsOn", "ownerId", "cancelledOn", "cancelReason");

    /** Account ids by external id, for this one import (request). */
    private final Map<String, UUID> accountIds = new HashMap<>();
    private final SubscriptionService subscriptions;
    private final AccountDirectory accounts;
    private final Ownership ownership;
    private final CurrentTenant tenant;

    SubscriptionCsv(SubscriptionService subscriptions, AccountDirectory accounts, Ownership ownership,
            CurrentTenant tenant) {
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.ownership = ownership;
        this.tenant = tenant;
    }

    @Override
    public String kind() {
        return "subscriptions";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    /** A subscription as an export writes it: what its import reads back. */
    static List<Object> row(Subscription subscription, String accountReference) {
        return Arrays.asList(ExternalIds.reference(subscription.id, subscription.externalId), accountReference,
                subscription.plan, subscription.mrr, subscription.currency, subscription.startedOn,
                subscription.renewsOn, subscription.ownerId, subscription.cancelledOn, subscription.cancelReason);
    }

    @Override
    public SubscriptionImportRow parse(Row row) {
        String account = row.get("accountExternalId");
        if (account == null) {
            throw new RowError("accountExternalId", "is required: the external id of the paying account");
        }
        UUID accountId = accountIds.computeIfAbsent(account, accounts::byExternalId);
        if (accountId == null) {
            throw new RowError("accountExternalId", "no account was imported with this external id; import the "
                    + "accounts first");
        }
        return new SubscriptionImportRow(new SubscriptionRequest(accountId, row.get("plan"),
                CsvValues.decimal("mrr", row.get("mrr")),
                row.get("currency") == null ? null : row.get("currency").toUpperCase(Locale.ROOT),
                CsvValues.date("startedOn", row.get("startedOn")), CsvValues.date("renewsOn", row.get("renewsOn")),
                row.get("ownerId")), CsvValues.date("cancelledOn", row.get("cancelledOn")), row.get("cancelReason"));
    }

    @Override
    public void check(Row row, SubscriptionImportRow r) {
        SubscriptionRequest s = r.subscription();
        Money.requireMinorUnit("mrr", s.mrr(), s.currency());
        if (s.renewsOn() != null && !s.renewsOn().isAfter(s.startedOn())) {
            throw new RowError("renewsOn", "must be after startedOn");
        }
        if (r.cancelledOn() != null && r.cancelledOn().isBefore(s.startedOn())) {
            throw new RowError("cancelledOn", "must not be before startedOn");
        }
        if ((r.cancelledOn() == null) != (r.cancelReason() == null)) {
            throw new RowError(r.cancelledOn() == null ? "cancelledOn" : "cancelReason",
                    "cancelledOn and cancelReason go together");
        }
        String externalId = row.get("externalId");
        BigDecimal imported = externalId == null ? null : subscriptions.importedMrr(externalId);
        if (imported != null && imported.compareTo(s.mrr()) != 0) {
            throw new RowError("mrr", "differs from the imported subscription's (" + imported.toPlainString() + "); "
                    + "an MRR change needs its date: POST /subscriptions/{id}/mrr");
        }
        try {
            Subscription existing = Subscription.byReference(externalId);
            if (existing != null) {
                ownership.requireMayChange(existing.ownerId, "subscriptions");
            }
            ownership.ownerFor(s.ownerId(), existing != null ? existing.ownerId : tenant.userId(), "a subscription");
        } catch (ProblemException.Forbidden e) {
            throw new RowError("ownerId", e.getMessage());
        }
    }

    @Override
    public boolean exists(String externalId) {
        return Subscription.byReference(externalId) != null;
    }

    @Override
    public boolean upsert(String externalId, SubscriptionImportRow row) {
        return subscriptions.upsert(externalId, row);
    }

    @Override
    public Map<String, String> current(String reference) {
        Subscription subscription = Subscription.byReference(reference);
        return subscription == null ? null : CsvImport.values(COLUMNS, row(subscription, subscription.accountId == null
                ? null : accounts.references(Set.of(subscription.accountId)).get(subscription.accountId)));
    }

    @Override
    public boolean delete(String reference) {
        Subscription subscription = Subscription.byReference(reference);
        if (subscription != null) {
            subscriptions.delete(subscription.id, null);
        }
        return subscription != null;
    }
}
