package dev.stride.crm.account;

import dev.stride.crm.events.Outbox;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Cursor;
import dev.stride.crm.platform.Page;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Account use cases. A rep creates accounts for themself and changes only their own; managers and admins change any
 * account of the tenant and may give one to someone else (team scoping arrives with teams).
 */
@ApplicationScoped
class AccountService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final Clock clock;

    AccountService(Outbox outbox, CurrentTenant tenant, SecurityIdentity identity, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    AccountResponse create(AccountRequest request) {
        Account account = Account.open(request, ownerFor(request, tenant.userId()), clock.instant());
        account.persistAndFlush();
        outbox.record(tenant.id(), account.created());
        return AccountResponse.from(account);
    }

    AccountResponse get(UUID id) {
        return AccountResponse.from(find(id));
    }

    @Transactional
    AccountResponse update(UUID id, String ifMatch, AccountRequest request) {
        Account account = find(id);
        Versions.requireMatch("Account " + id, ifMatch, account.version);
        requireMayChange(account);
        account.update(request, ownerFor(request, account.ownerId), clock.instant());
        Account.flush();
        outbox.record(tenant.id(), account.updated());
        return AccountResponse.from(account);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Account account = find(id);
        Versions.requireMatch("Account " + id, ifMatch, account.version);
        requireMayChange(account);
        outbox.record(tenant.id(), account.deleted(clock.instant()));
        account.delete();
    }

    Page<AccountResponse> list(AccountQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (query.text() != null) {
            where.append(" and lower(name) like :text escape '\\'");
            params.and("text", "%" + likeEscaped(query.text().toLowerCase()) + "%");
        }
        if (query.ownerId() != null) {
            where.append(" and ownerId = :owner");
            params.and("owner", query.ownerId());
        }
        if (query.sizeBand() != null) {
            where.append(" and sizeBand = :sizeBand");
            params.and("sizeBand", query.sizeBand());
        }
        long total = Account.count(where.toString(), params);

        AccountSort sort = query.sort();
        Cursor cursor = Cursor.decode(query.cursor(), sort.key());
        if (cursor != null) {
            String after = sort.descending() ? "<" : ">";
            where.append(" and (").append(sort.expression()).append(' ').append(after).append(" :cursorValue or (")
                    .append(sort.expression()).append(" = :cursorValue and id ").append(after).append(" :cursorId))");
            params.and("cursorValue", sort.parse(cursor.value())).and("cursorId", cursor.id());
        }
        String direction = sort.descending() ? " desc" : " asc";
        List<Account> rows = Account.<Account>find(where + " order by " + sort.expression() + direction + ", id"
                + direction, params).range(0, query.limit()).list();
        List<AccountResponse> items = new ArrayList<>(rows.stream().map(AccountResponse::from).toList());
        String next = null;
        if (items.size() > query.limit()) {
            items.removeLast();
            Account last = rows.get(query.limit() - 1);
            next = new Cursor(sort.key(), sort.valueOf(last), last.id).encode();
        }
        return new Page<>(items, total, next);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Account find(UUID id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new ProblemException.NotFound("Account", id);
        }
        return account;
    }

    private boolean managesTenant() {
        return identity.hasRole("manager") || identity.hasRole("admin");
    }

    private void requireMayChange(Account account) {
        if (!managesTenant() && !account.ownerId.equals(tenant.userId())) {
            throw new ProblemException.Forbidden("Reps may change only their own accounts; this one belongs to "
                    + "someone else. Ask its owner or a manager.");
        }
    }

    private String ownerFor(AccountRequest request, String current) {
        if (request.ownerId() == null || request.ownerId().isBlank() || request.ownerId().equals(current)) {
            return current;
        }
        if (!managesTenant()) {
            throw new ProblemException.Forbidden("Only managers and admins may give an account to someone else.");
        }
        return request.ownerId().strip();
    }
}
