package dev.stride.crm.account;

import dev.stride.crm.events.Outbox;
import dev.stride.crm.imports.CsvWriter;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Listing;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.Page;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Account use cases; who may change what is {@link Ownership}'s rule. */
@ApplicationScoped
public class AccountService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final Ownership ownership;
    private final Clock clock;

    AccountService(Outbox outbox, CurrentTenant tenant, Ownership ownership, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.ownership = ownership;
        this.clock = clock;
    }

    @Transactional
    public AccountResponse create(AccountRequest request) {
        Account account = Account.open(request, ownership.ownerFor(request.ownerId(), tenant.userId(), "an account"),
                clock.instant());
        account.persistAndFlush();
        outbox.record(tenant.id(), account.created());
        return AccountResponse.from(account);
    }

    /** Creates the account, or updates the one imported before with this external id; true when created. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(String externalId, AccountRequest request) {
        Account existing = Account.byReference(externalId);
        if (existing == null) {
            Account account = Account.open(request, ownership.ownerFor(request.ownerId(), tenant.userId(),
                    "an account"), clock.instant());
            account.externalId = externalId;
            account.persistAndFlush();
            outbox.record(tenant.id(), account.created());
            return true;
        }
        ownership.requireMayChange(existing.ownerId, "accounts");
        existing.update(request, ownership.ownerFor(request.ownerId(), existing.ownerId, "an account"),
                clock.instant());
        Account.flush();
        outbox.record(tenant.id(), existing.updated());
        return false;
    }

    AccountResponse get(UUID id) {
        return AccountResponse.from(find(id));
    }

    @Transactional
    AccountResponse update(UUID id, String ifMatch, AccountRequest request) {
        Account account = find(id);
        Versions.requireMatch("Account " + id, ifMatch, account.version);
        ownership.requireMayChange(account.ownerId, "accounts");
        account.update(request, ownership.ownerFor(request.ownerId(), account.ownerId, "an account"), clock.instant());
        Account.flush();
        outbox.record(tenant.id(), account.updated());
        return AccountResponse.from(account);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Account account = find(id);
        Versions.requireMatch("Account " + id, ifMatch, account.version);
        ownership.requireMayChange(account.ownerId, "accounts");
        outbox.record(tenant.id(), account.deleted(clock.instant()));
        account.delete();
        try {
            Account.flush();
        } catch (PersistenceException stillReferenced) {
            throw new ProblemException.Conflict("Account " + id + " still has contacts, deals, leads, "
                    + "activities or subscriptions; delete them or move them to another account first.");
        }
    }

    Page<AccountResponse> list(AccountQuery query) {
        return filtered(query)
                .page((where, params) -> Account.count(where, params), (where, params) -> Account.find(where, params),
                        query.sort(), query.cursor(), query.limit(),
                        AccountResponse::from);
    }

    /** Writes every account the query matches as a CSV row of {@link AccountCsv}, in the query's order. */
    void export(AccountQuery query, CsvWriter csv) {
        filtered(query).each((where, params) -> Account.find(where, params), query.sort(),
                batch -> batch.forEach(account -> csv.row(AccountCsv.row(account))));
    }

    private Listing<Account> filtered(AccountQuery query) {
        return new Listing<Account>()
                .containing(query.text(), "name")
                .where("ownerId = :owner", "owner", query.ownerId())
                .ownedByAnyOf(ownership.ownersIn(query.teamId()))
                .where("sizeBand = :sizeBand", "sizeBand", query.sizeBand());
    }

    private Account find(UUID id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new ProblemException.NotFound("Account", id);
        }
        return account;
    }
}
