package dev.stride.crm.deal;

import java.util.Set;
import dev.stride.crm.account.AccountDirectory;
import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.imports.CsvValues;
import dev.stride.crm.pipeline.PipelineDirectory;
import dev.stride.crm.pipeline.StageRef;
import dev.stride.crm.platform.Choices;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Money;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

/**
 * Deals as CSV, their history included, both ways: an import reads the {@link #COLUMNS} (cells as {@link CsvValues}
 * says, records referred to by external id and pipelines and stages by name), an export writes the same.
 */
@RequestScoped
class DealCsv implements CsvImport<DealImportRow> {

    static final List<String> COLUMNS = List.of("externalId", "name", "accountExternalId", "pipeline", "stage",
            "amount", "currency", "expectedCloseDate", "ownerId", "status", "createdAt", "closedAt", "lostReason");

    /** Lookups of one import (one request): account ids by external id, stages by pipeline and stage name. */
    private final Map<String, UUID> accountIds = new HashMap<>();
    private final Map<List<String>, StageRef> stages = new HashMap<>();

    private final DealService deals;
    private final AccountDirectory accounts;
    private final PipelineDirectory pipelines;
    private final Choices choices;
    private final Ownership ownership;
    private final CurrentTenant tenant;
    private final Clock clock;

    DealCsv(DealService deals, AccountDirectory accounts, PipelineDirectory pipelines, Choices choices,
            Ownership ownership, CurrentTenant tenant, Clock clock) {
        this.deals = deals;
        this.accounts = accounts;
        this.pipelines = pipelines;
        this.choices = choices;
        this.ownership = ownership;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "deals";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    /** A deal as an export writes it: what its import reads back. */
    static List<Object> row(Deal deal, StageRef stage, String accountReference) {
        return Arrays.asList(ExternalIds.reference(deal.id, deal.externalId), deal.name, accountReference,
                stage.pipelineName(), stage.stageName(), deal.amount, deal.currency, deal.expectedCloseDate,
                deal.ownerId, deal.status, deal.createdAt, deal.wonAt != null ? deal.wonAt : deal.lostAt,
                deal.lostReason);
    }

    @Override
    public DealImportRow parse(Row row) {
        DealRequest deal = new DealRequest(row.get("name"), null, null, null,
                CsvValues.decimal("amount", row.get("amount")),
                row.get("currency") == null ? null : row.get("currency").toUpperCase(Locale.ROOT),
                CsvValues.date("expectedCloseDate", row.get("expectedCloseDate")), row.get("ownerId"));
        return new DealImportRow(deal, row.get("accountExternalId"), row.get("pipeline"), row.get("stage"),
                status(row.get("status")), CsvValues.instant("createdAt", row.get("createdAt")),
                CsvValues.instant("closedAt", row.get("closedAt")), row.get("lostReason"));
    }

    @Override
    public void check(Row row, DealImportRow r) {
        Money.requireMinorUnit("amount", r.deal().amount(), r.deal().currency());
        if (r.accountExternalId() != null && account(r) == null) {
            throw new RowError("accountExternalId", "no account was imported with this external id; import the "
                    + "accounts first");
        }
        stage(r);
        Instant now = clock.instant();
        if (r.createdAt() != null && r.createdAt().isAfter(now)) {
            throw new RowError("createdAt", "must not be in the future");
        }
        if (r.status() == DealStatus.OPEN) {
            if (r.closedAt() != null || r.lostReason() != null) {
                throw new RowError(r.closedAt() != null ? "closedAt" : "lostReason", "is only for WON and LOST deals");
            }
        } else {
            if (r.closedAt() == null) {
                throw new RowError("closedAt", "is required for " + r.status() + " deals");
            }
            if (r.closedAt().isAfter(now)) {
                throw new RowError("closedAt", "must not be in the future");
            }
            if (r.createdAt() != null && r.closedAt().isBefore(r.createdAt())) {
                throw new RowError("closedAt", "must not be before createdAt");
            }
        }
        if (r.status() == DealStatus.LOST) {
            if (r.lostReason() == null) {
                throw new RowError("lostReason", "is required for LOST deals");
            }
            choices.require(LossReasons.LIST, LossReasons.DEFAULT.reasons(), "lostReason", r.lostReason());
        }
        try {
            Deal existing = Deal.byReference(row.get("externalId"));
            if (existing != null) {
                ownership.requireMayChange(existing.ownerId, "deals");
            }
            ownership.ownerFor(r.deal().ownerId(), existing != null ? existing.ownerId : tenant.userId(), "a deal");
        } catch (ProblemException.Forbidden e) {
            throw new RowError("ownerId", e.getMessage());
        }
    }

    @Override
    public boolean exists(String externalId) {
        return Deal.byReference(externalId) != null;
    }

    @Override
    public boolean upsert(String externalId, DealImportRow row) {
        return deals.upsert(externalId, row, account(row), stage(row));
    }

    @Override
    public Map<String, String> current(String reference) {
        Deal deal = Deal.byReference(reference);
        return deal == null ? null : CsvImport.values(COLUMNS, row(deal, pipelines.stage(deal.stageId),
                deal.accountId == null ? null : accounts.references(Set.of(deal.accountId)).get(deal.accountId)));
    }

    @Override
    public boolean delete(String reference) {
        Deal deal = Deal.byReference(reference);
        if (deal != null) {
            deals.delete(deal.id, null);
        }
        return deal != null;
    }

    private UUID account(DealImportRow row) {
        return row.accountExternalId() == null ? null
                : accountIds.computeIfAbsent(row.accountExternalId(), accounts::byExternalId);
    }

    private StageRef stage(DealImportRow row) {
        List<String> key = Arrays.asList(row.pipeline(), row.stage());
        StageRef stage = stages.get(key);
        if (stage == null) {
            stage = pipelines.byName(row.pipeline(), row.stage());
            stages.put(key, stage);
        }
        return stage;
    }


    private static DealStatus status(String value) {
        if (value == null) {
            return DealStatus.OPEN;
        }
        try {
            return DealStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowError("status", "must be OPEN, WON or LOST");
        }
    }


}
