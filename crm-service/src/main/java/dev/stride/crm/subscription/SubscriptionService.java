package dev.stride.crm.subscription;

import dev.stride.crm.account.AccountDirectory;
import dev.stride.crm.events.Outbox;
import dev.stride.crm.imports.CsvWriter;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Listing;
import dev.stride.crm.platform.Money;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.Page;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Subscription use cases; every change of MRR, renewal or cancellation is kept in the subscription's history. */
@ApplicationScoped
class SubscriptionService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final Ownership ownership;
    private final AccountDirectory accounts;
    private final Clock clock;

    SubscriptionService(Outbox outbox, CurrentTenant tenant, Ownership ownership, AccountDirectory accounts,
            Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.ownership = ownership;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    SubscriptionResponse start(SubscriptionRequest request) {
        Money.requireMinorUnit("mrr", request.mrr(), request.currency());
        if (!accounts.exists(request.accountId())) {
            throw new ProblemException.InvalidField("accountId", "no account " + request.accountId() + " exists");
        }
        Subscription subscription = Subscription.start(request, ownership.ownerFor(request.ownerId(),
                tenant.userId(), "a subscription"), clock.instant());
        subscription.persistAndFlush();
        outbox.record(tenant.id(), SubscriptionEvent.of(SubscriptionEvent.STARTED, subscription,
                subscription.createdAt));
        return SubscriptionResponse.from(subscription);
    }

    /**
     * Creates the subscription of an import row (cancelled when the row says so), or updates the plan, owner and
     * cancellation of the one imported before with this external id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean upsert(String externalId, SubscriptionImportRow row) {
        SubscriptionRequest request = row.subscription();
        Subscription subscription = Subscription.byReference(externalId);
        boolean created = subscription == null;
        if (created) {
            subscription = Subscription.start(request, ownership.ownerFor(request.ownerId(), tenant.userId(),
                    "a subscription"), clock.instant());
            subscription.externalId = externalId;
            subscription.persistAndFlush();
            outbox.record(tenant.id(), SubscriptionEvent.of(SubscriptionEvent.STARTED, subscription,
                    subscription.createdAt));
        } else {
            ownership.requireMayChange(subscription.ownerId, "subscriptions");
            subscription.edit(new SubscriptionEdit(request.plan(), request.ownerId()),
                    ownership.ownerFor(request.ownerId(), subscription.ownerId, "a subscription"), clock.instant());
            published(subscription, SubscriptionEvent.UPDATED);
        }
        if (row.cancelledOn() != null && subscription.status == SubscriptionStatus.ACTIVE) {
            subscription.cancel(row.cancelledOn(), row.cancelReason(), clock.instant());
            published(subscription, SubscriptionEvent.CANCELLED);
        }
        return created;
    }

    /** The MRR of the subscription imported with this external id, or null when there is none. */
    BigDecimal importedMrr(String externalId) {
        Subscription subscription = Subscription.byReference(externalId);
        return subscription == null ? null : subscription.mrr;
    }

    SubscriptionResponse get(UUID id) {
        return SubscriptionResponse.from(find(id));
    }

    List<ChangeResponse> changes(UUID id) {
        Subscription subscription = find(id);
        return subscription.changes.stream().map(c -> ChangeResponse.from(c, subscription.currency)).toList();
    }

    @Transactional
    SubscriptionResponse edit(UUID id, String ifMatch, SubscriptionEdit edit) {
        Subscription subscription = changeable(id, ifMatch);
        subscription.edit(edit, ownership.ownerFor(edit.ownerId(), subscription.ownerId, "a subscription"),
                clock.instant());
        return published(subscription, SubscriptionEvent.UPDATED);
    }

    @Transactional
    SubscriptionResponse changeMrr(UUID id, String ifMatch, MrrChangeRequest request) {
        Subscription subscription = changeable(id, ifMatch);
        Money.requireMinorUnit("mrr", request.mrr(), subscription.currency);
        BigDecimal old = subscription.changeMrr(request, clock.instant());
        if (old == null) {
            return SubscriptionResponse.from(subscription);
        }
        Subscription.flush();
        outbox.record(tenant.id(), SubscriptionEvent.changed(subscription, old, request.effectiveOn()));
        return SubscriptionResponse.from(subscription);
    }

    @Transactional
    SubscriptionResponse renew(UUID id, String ifMatch, RenewRequest request) {
        Subscription subscription = changeable(id, ifMatch);
        subscription.renew(request.renewsOn(), clock.instant());
        return published(subscription, SubscriptionEvent.RENEWED);
    }

    @Transactional
    SubscriptionResponse cancel(UUID id, String ifMatch, CancelRequest request) {
        Subscription subscription = changeable(id, ifMatch);
        subscription.cancel(request.cancelledOn(), request.reason(), clock.instant());
        return published(subscription, SubscriptionEvent.CANCELLED);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Subscription subscription = changeable(id, ifMatch);
        outbox.record(tenant.id(), SubscriptionEvent.of(SubscriptionEvent.DELETED, subscription, clock.instant()));
        subscription.delete();
    }

    Page<SubscriptionResponse> list(SubscriptionQuery query) {
        return filtered(query)
                .page((where, params) -> Subscription.count(where, params),
                        (where, params) -> Subscription.find(where, params), query.sort(), query.cursor(),
                        query.limit(), SubscriptionResponse::from);
    }

    /** Writes every subscription the query matches as a CSV row of {@link SubscriptionCsv}, in the query's order. */
    void export(SubscriptionQuery query, CsvWriter csv) {
        filtered(query).each((where, params) -> Subscription.find(where, params), query.sort(), batch -> {
            Map<UUID, String> accountReferences = accounts.references(batch.stream().map(s -> s.accountId)
                    .collect(Collectors.toSet()));
            batch.forEach(subscription -> csv.row(SubscriptionCsv.row(subscription,
                    accountReferences.get(subscription.accountId))));
        });
    }

    private Listing<Subscription> filtered(SubscriptionQuery query) {
        return new Listing<Subscription>()
                .containing(query.text(), "plan")
                .where("accountId = :account", "account", query.accountId())
                .where("status = :status", "status", query.status())
                .where("ownerId = :owner", "owner", query.ownerId())
                .ownedByAnyOf(ownership.ownersIn(query.teamId()));
    }

    private SubscriptionResponse published(Subscription subscription, String type) {
        Subscription.flush();
        outbox.record(tenant.id(), SubscriptionEvent.of(type, subscription, subscription.updatedAt));
        return SubscriptionResponse.from(subscription);
    }

    /**
     * Loads the subscription to change, locking its row until commit: concurrent changes queue, and each sees the
     * state the one before it left (its history included).
     */
    private Subscription changeable(UUID id, String ifMatch) {
        Subscription subscription = Subscription.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null) {
            throw new ProblemException.NotFound("Subscription", id);
        }
        Versions.requireMatch("Subscription " + id, ifMatch, subscription.version);
        ownership.requireMayChange(subscription.ownerId, "subscriptions");
        return subscription;
    }

    private static Subscription find(UUID id) {
        Subscription subscription = Subscription.findById(id);
        if (subscription == null) {
            throw new ProblemException.NotFound("Subscription", id);
        }
        return subscription;
    }
}
