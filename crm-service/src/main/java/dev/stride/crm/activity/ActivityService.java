package dev.stride.crm.activity;

import dev.stride.crm.account.AccountDirectory;
import dev.stride.crm.deal.DealDirectory;
import dev.stride.crm.events.Outbox;
import dev.stride.crm.imports.CsvWriter;
import dev.stride.crm.lead.LeadDirectory;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Listing;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.Page;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Activity use cases; every activity is linked to at least one lead, deal or account of the tenant. */
@ApplicationScoped
class ActivityService {

    /** How far ahead of this server's clock a client's "now" may be. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final Ownership ownership;
    private final LeadDirectory leads;
    private final DealDirectory deals;
    private final AccountDirectory accounts;
    private final Clock clock;

    ActivityService(Outbox outbox, CurrentTenant tenant, Ownership ownership, LeadDirectory leads,
            DealDirectory deals, AccountDirectory accounts, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.ownership = ownership;
        this.leads = leads;
        this.deals = deals;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    ActivityResponse create(ActivityRequest request) {
        Instant now = clock.instant();
        requireValid(request, now);
        Activity activity = Activity.open(request, ownership.ownerFor(request.ownerId(), tenant.userId(),
                "an activity"), now);
        activity.persistAndFlush();
        outbox.record(tenant.id(), ActivityEvent.of(ActivityEvent.CREATED, activity, activity.createdAt));
        return ActivityResponse.from(activity, now);
    }

    /** Creates the activity of an import row, or updates the one imported before with this external id. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean upsert(String externalId, ActivityRequest request) {
        Instant now = clock.instant();
        Activity activity = Activity.byReference(externalId);
        if (activity == null) {
            activity = Activity.open(request, ownership.ownerFor(request.ownerId(), tenant.userId(), "an activity"),
                    now);
            activity.externalId = externalId;
            activity.persistAndFlush();
            outbox.record(tenant.id(), ActivityEvent.of(ActivityEvent.CREATED, activity, activity.createdAt));
            return true;
        }
        ownership.requireMayChange(activity.ownerId, "activities");
        activity.update(request, ownership.ownerFor(request.ownerId(), activity.ownerId, "an activity"), now);
        published(activity, now);
        return false;
    }

    ActivityResponse get(UUID id) {
        return ActivityResponse.from(find(id), clock.instant());
    }

    @Transactional
    ActivityResponse update(UUID id, String ifMatch, ActivityRequest request) {
        Activity activity = changeable(id, ifMatch);
        Instant now = clock.instant();
        requireValid(request, now);
        activity.update(request, ownership.ownerFor(request.ownerId(), activity.ownerId, "an activity"), now);
        return published(activity, now);
    }

    @Transactional
    ActivityResponse complete(UUID id, String ifMatch, CompleteRequest request) {
        Activity activity = changeable(id, ifMatch);
        Instant now = clock.instant();
        Instant at = request != null && request.completedAt() != null ? request.completedAt() : now;
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new ProblemException.InvalidField("completedAt", "must not be in the future");
        }
        if (!activity.complete(at, now)) {
            return ActivityResponse.from(activity, now);
        }
        return published(activity, now);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Activity activity = changeable(id, ifMatch);
        outbox.record(tenant.id(), ActivityEvent.of(ActivityEvent.DELETED, activity, clock.instant()));
        activity.delete();
    }

    Page<ActivityResponse> list(ActivityQuery query) {
        Instant now = clock.instant();
        return filtered(query, now)
                .page((where, params) -> Activity.count(where, params),
                        (where, params) -> Activity.find(where, params), query.sort(), query.cursor(), query.limit(),
                        activity -> ActivityResponse.from(activity, now));
    }

    /** Writes every activity the query matches as a CSV row of {@link ActivityCsv}, in the query's order. */
    void export(ActivityQuery query, CsvWriter csv) {
        filtered(query, clock.instant()).each((where, params) -> Activity.find(where, params), query.sort(),
                batch -> {
                    Map<UUID, String> leadReferences = leads.references(ids(batch, a -> a.leadId));
                    Map<UUID, String> dealReferences = deals.references(ids(batch, a -> a.dealId));
                    Map<UUID, String> accountReferences = accounts.references(ids(batch, a -> a.accountId));
                    batch.forEach(activity -> csv.row(ActivityCsv.row(activity, leadReferences.get(activity.leadId),
                            dealReferences.get(activity.dealId), accountReferences.get(activity.accountId))));
                });
    }

    private static Set<UUID> ids(List<Activity> activities, Function<Activity, UUID> link) {
        return activities.stream().map(link).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private Listing<Activity> filtered(ActivityQuery query, Instant now) {
        return new Listing<Activity>()
                .containing(query.text(), "subject")
                .where("type = :type", "type", query.type())
                .where("ownerId = :owner", "owner", query.ownerId())
                .ownedByAnyOf(ownership.ownersIn(query.teamId()))
                .where("leadId = :lead", "lead", query.leadId())
                .where("dealId = :deal", "deal", query.dealId())
                .where("accountId = :account", "account", query.accountId())
                .where("at >= :from", "from", query.from())
                .where("at < :to", "to", query.to())
                .when(query.completed() != null,
                        Boolean.TRUE.equals(query.completed()) ? "completedAt is not null" : "completedAt is null")
                .where("completedAt is null and at < :now", "now", query.overdue() ? now : null);
    }

    private ActivityResponse published(Activity activity, Instant now) {
        Activity.flush();
        outbox.record(tenant.id(), ActivityEvent.of(ActivityEvent.UPDATED, activity, activity.updatedAt));
        return ActivityResponse.from(activity, now);
    }

    void requireValid(ActivityRequest request, Instant now) {
        if (request.leadId() == null && request.dealId() == null && request.accountId() == null) {
            throw new ProblemException.InvalidField("leadId", "link the activity to a lead, a deal or an account "
                    + "(leadId, dealId or accountId)");
        }
        if (request.leadId() != null && !leads.exists(request.leadId())) {
            throw new ProblemException.InvalidField("leadId", "no lead " + request.leadId() + " exists");
        }
        if (request.dealId() != null && !deals.exists(request.dealId())) {
            throw new ProblemException.InvalidField("dealId", "no deal " + request.dealId() + " exists");
        }
        if (request.accountId() != null && !accounts.exists(request.accountId())) {
            throw new ProblemException.InvalidField("accountId", "no account " + request.accountId() + " exists");
        }
        if (Boolean.TRUE.equals(request.completed()) && request.at().isAfter(now.plus(CLOCK_SKEW))) {
            throw new ProblemException.InvalidField("completed", "an activity in the future cannot be done yet");
        }
    }

    private Activity changeable(UUID id, String ifMatch) {
        Activity activity = find(id);
        Versions.requireMatch("Activity " + id, ifMatch, activity.version);
        ownership.requireMayChange(activity.ownerId, "activities");
        return activity;
    }

    private static Activity find(UUID id) {
        Activity activity = Activity.findById(id);
        if (activity == null) {
            throw new ProblemException.NotFound("Activity", id);
        }
        return activity;
    }
}
