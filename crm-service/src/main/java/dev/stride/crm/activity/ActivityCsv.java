package dev.stride.crm.activity;

import java.util.Set;
import dev.stride.crm.account.AccountDirectory;
import dev.stride.crm.deal.DealDirectory;
import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.imports.CsvValues;
import dev.stride.crm.lead.LeadDirectory;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Activities as CSV, read by imports and written by exports: the {@link #COLUMNS}, linked to leads, deals and accounts
 * by their external ids.
 */
@RequestScoped
class ActivityCsv implements CsvImport<ActivityRequest> {

    static final List<String> COLUMNS = List.of("externalId", "type", "subject", "notes", "at", "durationMinutes",
            "outcome", "completed", "leadExternalId", "dealExternalId", "accountExternalId", "ownerId");

    /** Ids by external id, for this one import (request), per kind of link. */
    private final Map<String, UUID> leadIds = new HashMap<>();
    private final Map<String, UUID> dealIds = new HashMap<>();
    private final Map<String, UUID> accountIds = new HashMap<>();
    private final ActivityService activities;
    private final LeadDirectory leads;
    private final DealDirectory deals;
    private final AccountDirectory accounts;
    private final Ownership ownership;
    private final CurrentTenant tenant;
    private final Clock clock;

    ActivityCsv(ActivityService activities, LeadDirectory leads, DealDirectory deals, AccountDirectory accounts,
            Ownership ownership, CurrentTenant tenant, Clock clock) {
        this.activities = activities;
        this.leads = leads;
        this.deals = deals;
        this.accounts = accounts;
        this.ownership = ownership;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "activities";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    /** An activity as an export writes it: what its import reads back. */
    static List<Object> row(Activity activity, String leadReference, String dealReference, String accountReference) {
        return Arrays.asList(ExternalIds.reference(activity.id, activity.externalId), activity.type, activity.subject,
                activity.notes, activity.at, activity.durationMinutes, activity.outcome, activity.completedAt != null,
                leadReference, dealReference, accountReference, activity.ownerId);
    }

    @Override
    public ActivityRequest parse(Row row) {
        BigDecimal minutes = CsvValues.decimal("durationMinutes", row.get("durationMinutes"));
        if (minutes != null && minutes.stripTrailingZeros().scale() > 0) {
            throw new RowError("durationMinutes", "must be whole minutes");
        }
        return new ActivityRequest(type(row.get("type")), row.get("subject"), row.get("notes"),
                CsvValues.instant("at", row.get("at")), minutes == null ? null : minutes.intValueExact(),
                row.get("outcome"), completed(row.get("completed")),
                link(row, "leadExternalId", leadIds, leads::byExternalId, "lead"),
                link(row, "dealExternalId", dealIds, deals::byExternalId, "deal"),
                link(row, "accountExternalId", accountIds, accounts::byExternalId, "account"), row.get("ownerId"));
    }

    @Override
    public void check(Row row, ActivityRequest request) {
        activities.requireValid(request, clock.instant());
        try {
            Activity existing = Activity.byReference(row.get("externalId"));
            if (existing != null) {
                ownership.requireMayChange(existing.ownerId, "activities");
            }
            ownership.ownerFor(request.ownerId(), existing != null ? existing.ownerId : tenant.userId(),
                    "an activity");
        } catch (ProblemException.Forbidden e) {
            throw new RowError("ownerId", e.getMessage());
        } catch (ProblemException.InvalidField e) {
            throw new RowError(e.errors().getFirst().field().replace("Id", "ExternalId"),
                    e.errors().getFirst().message());
        }
    }

    @Override
    public boolean exists(String externalId) {
        return Activity.byReference(externalId) != null;
    }

    @Override
    public boolean upsert(String externalId, ActivityRequest request) {
        return activities.upsert(externalId, request);
    }

    @Override
    public Map<String, String> current(String reference) {
        Activity activity = Activity.byReference(reference);
        return activity == null ? null : CsvImport.values(COLUMNS, row(activity,
                reference(activity.leadId, leads::references), reference(activity.dealId, deals::references),
                reference(activity.accountId, accounts::references)));
    }

    private static String reference(UUID id, Function<Set<UUID>, Map<UUID, String>> references) {
        return id == null ? null : references.apply(Set.of(id)).get(id);
    }

    @Override
    public boolean delete(String reference) {
        Activity activity = Activity.byReference(reference);
        if (activity != null) {
            activities.delete(activity.id, null);
        }
        return activity != null;
    }

    private static UUID link(Row row, String column, Map<String, UUID> ids, Function<String, UUID> lookup,
            String what) {
        String externalId = row.get(column);
        if (externalId == null) {
            return null;
        }
        UUID id = ids.computeIfAbsent(externalId, lookup);
        if (id == null) {
            throw new RowError(column, "no " + what + " was imported with this external id; import the " + what
                    + "s first");
        }
        return id;
    }

    private static ActivityType type(String value) {
        try {
            return value == null ? null : ActivityType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowError("type", "must be CALL, EMAIL, MEETING or TASK");
        }
    }

    private static Boolean completed(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "done" -> true;
            case "false", "no", "0", "open" -> false;
            default -> throw new RowError("completed", "must be true or false");
        };
    }
}
