package dev.stride.crm.deal;

import dev.stride.crm.account.AccountDirectory;
import dev.stride.crm.events.Outbox;
import dev.stride.crm.imports.CsvWriter;
import dev.stride.crm.pipeline.PipelineDirectory;
import dev.stride.crm.pipeline.StageRef;
import dev.stride.crm.platform.Choices;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Listing;
import dev.stride.crm.platform.Money;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.Page;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Deal use cases. Each write and its events commit in one transaction (the outbox); who may change what is
 * {@link Ownership}'s rule; pipelines and stages are {@link PipelineDirectory}'s.
 */
@ApplicationScoped
public class DealService {

    /** How far ahead of this server's clock a client's "now" may be. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final Ownership ownership;
    private final PipelineDirectory pipelines;
    private final AccountDirectory accounts;
    private final Choices choices;
    private final Clock clock;

    DealService(Outbox outbox, CurrentTenant tenant, Ownership ownership, PipelineDirectory pipelines,
            AccountDirectory accounts, Choices choices, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.ownership = ownership;
        this.pipelines = pipelines;
        this.accounts = accounts;
        this.choices = choices;
        this.clock = clock;
    }

    @Transactional
    DealResponse create(DealRequest request) {
        return open(request, null, null);
    }

    /** Opens the deal a lead converts into; the caller's transaction also converts the lead. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DealResponse createFromLead(DealRequest request, UUID leadId, String leadSource) {
        return open(request, leadId, leadSource);
    }

    private DealResponse open(DealRequest request, UUID leadId, String leadSource) {
        Money.requireMinorUnit("amount", request.amount(), request.currency());
        requireAccount(request.accountId());
        StageRef stage = pipelines.placement(request.pipelineId(), request.stageId());
        Deal deal = Deal.open(request, stage, ownership.ownerFor(request.ownerId(), tenant.userId(), "a deal"),
                leadId, leadSource, clock.instant());
        deal.persistAndFlush();
        outbox.record(tenant.id(), DealEvent.of(DealEvent.CREATED, deal, stage, deal.createdAt));
        return DealResponse.from(deal, stage);
    }

    /**
     * Creates the deal of an import row (its account and stage resolved by the caller), or updates the one imported
     * before with this external id: its fields, its stage and its status, each change publishing the event the API
     * would (fields that are as they were publish nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean upsert(String externalId, DealImportRow row, UUID accountId, StageRef stage) {
        DealRequest given = row.deal();
        DealRequest request = new DealRequest(given.name(), accountId, stage.pipelineId(), stage.stageId(),
                given.amount(), given.currency(), given.expectedCloseDate(), given.ownerId());
        Instant now = clock.instant();
        Deal deal = Deal.byReference(externalId);
        boolean created = deal == null;
        if (created) {
            Instant createdAt = row.createdAt() != null ? row.createdAt()
                    : row.closedAt() != null ? row.closedAt() : now;
            deal = Deal.open(request, stage, ownership.ownerFor(given.ownerId(), tenant.userId(), "a deal"), null,
                    null, createdAt);
            deal.externalId = externalId;
            deal.persistAndFlush();
            outbox.record(tenant.id(), DealEvent.of(DealEvent.CREATED, deal, stage, deal.createdAt));
        } else {
            ownership.requireMayChange(deal.ownerId, "deals");
            if (deal.update(request, ownership.ownerFor(given.ownerId(), deal.ownerId, "a deal"), now)) {
                published(deal, DealEvent.UPDATED, deal.updatedAt);
            }
            if (deal.status != DealStatus.OPEN && deal.status != row.status()) {
                DealStatus previous = deal.reopen(now);
                Deal.flush();
                outbox.record(tenant.id(), DealEvent.reopened(deal, pipelines.stage(deal.stageId), previous));
            }
            if (deal.status == DealStatus.OPEN && !deal.stageId.equals(stage.stageId())) {
                StageRef from = pipelines.stage(deal.stageId);
                deal.moveTo(stage.stageId(), now);
                Deal.flush();
                outbox.record(tenant.id(), DealEvent.stageChanged(deal, stage, from));
            }
        }
        if (deal.status == DealStatus.OPEN && row.status() == DealStatus.WON) {
            deal.win(null, row.closedAt(), now);
            published(deal, DealEvent.WON, deal.wonAt);
        } else if (deal.status == DealStatus.OPEN && row.status() == DealStatus.LOST) {
            deal.lose(row.lostReason().strip(), null, row.closedAt(), now);
            published(deal, DealEvent.LOST, deal.lostAt);
        }
        return created;
    }

    DealResponse get(UUID id) {
        Deal deal = find(id);
        return DealResponse.from(deal, pipelines.stage(deal.stageId));
    }

    @Transactional
    DealResponse update(UUID id, String ifMatch, DealRequest request) {
        Deal deal = changeable(id, ifMatch);
        if (request.pipelineId() != null && !request.pipelineId().equals(deal.pipelineId)) {
            throw new ProblemException.InvalidField("pipelineId", "a deal stays in the pipeline it was created in");
        }
        if (request.stageId() != null && !request.stageId().equals(deal.stageId)) {
            throw new ProblemException.InvalidField("stageId", "move a deal with POST /deals/" + id + "/stage");
        }
        Money.requireMinorUnit("amount", request.amount(), request.currency());
        requireAccount(request.accountId());
        deal.update(request, ownership.ownerFor(request.ownerId(), deal.ownerId, "a deal"), clock.instant());
        return published(deal, DealEvent.UPDATED, deal.updatedAt);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Deal deal = changeable(id, ifMatch);
        outbox.record(tenant.id(), DealEvent.of(DealEvent.DELETED, deal, pipelines.stage(deal.stageId),
                clock.instant()));
        deal.delete();
        try {
            Deal.flush();
        } catch (PersistenceException stillReferenced) {
            throw new ProblemException.Conflict("Deal " + id + " still has activities or came from a lead's "
                    + "conversion; mark it lost instead, or delete its activities first.");
        }
    }

    @Transactional
    DealResponse move(UUID id, String ifMatch, MoveRequest request) {
        Deal deal = changeable(id, ifMatch);
        StageRef from = pipelines.stage(deal.stageId);
        StageRef to = pipelines.moveTarget(deal.pipelineId, request.stageId());
        if (!deal.moveTo(to.stageId(), clock.instant())) {
            return DealResponse.from(deal, from);
        }
        Deal.flush();
        outbox.record(tenant.id(), DealEvent.stageChanged(deal, to, from));
        return DealResponse.from(deal, to);
    }

    @Transactional
    DealResponse win(UUID id, String ifMatch, WinRequest request) {
        Deal deal = changeable(id, ifMatch);
        Instant now = clock.instant();
        BigDecimal amount = request != null ? request.amount() : null;
        if (amount != null) {
            Money.requireMinorUnit("amount", amount, deal.currency);
        }
        deal.win(amount, notInTheFuture("wonAt", request != null ? request.wonAt() : null, now), now);
        return published(deal, DealEvent.WON, deal.wonAt);
    }

    @Transactional
    DealResponse lose(UUID id, String ifMatch, LoseRequest request) {
        Deal deal = changeable(id, ifMatch);
        String reason = choices.require(LossReasons.LIST, LossReasons.DEFAULT.reasons(), "reason", request.reason());
        Instant now = clock.instant();
        deal.lose(reason, request.note(), notInTheFuture("lostAt", request.lostAt(), now), now);
        return published(deal, DealEvent.LOST, deal.lostAt);
    }

    @Transactional
    DealResponse reopen(UUID id, String ifMatch) {
        Deal deal = changeable(id, ifMatch);
        DealStatus previous = deal.reopen(clock.instant());
        Deal.flush();
        StageRef stage = pipelines.stage(deal.stageId);
        outbox.record(tenant.id(), DealEvent.reopened(deal, stage, previous));
        return DealResponse.from(deal, stage);
    }

    List<StageVisitResponse> history(UUID id) {
        Deal deal = find(id);
        Map<UUID, StageRef> stages = pipelines.stages();
        Instant now = clock.instant();
        return deal.visits.stream()
                .map(visit -> StageVisitResponse.from(visit, stages.get(visit.stageId).stageName(), now)).toList();
    }

    Page<DealResponse> list(DealQuery query) {
        Map<UUID, StageRef> stages = pipelines.stages();
        return filtered(query).page((where, params) -> Deal.count(where, params),
                (where, params) -> Deal.find(where, params), query.sort(), query.cursor(), query.limit(),
                deal -> DealResponse.from(deal, stages.get(deal.stageId)));
    }

    /** Writes every deal the query matches as a CSV row of {@link DealCsv}, in the query's order. */
    void export(DealQuery query, CsvWriter csv) {
        Map<UUID, StageRef> stages = pipelines.stages();
        filtered(query).each((where, params) -> Deal.find(where, params), query.sort(), batch -> {
            Map<UUID, String> accountReferences = accounts.references(batch.stream().map(deal -> deal.accountId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            batch.forEach(deal -> csv.row(DealCsv.row(deal, stages.get(deal.stageId),
                    accountReferences.get(deal.accountId))));
        });
    }

    private Listing<Deal> filtered(DealQuery query) {
        return new Listing<Deal>()
                .containing(query.text(), "name")
                .where("ownerId = :owner", "owner", query.ownerId())
                .ownedByAnyOf(ownership.ownersIn(query.teamId()))
                .where("status = :status", "status", query.status())
                .where("leadSource = :source", "source", query.source())
                .where("pipelineId = :pipeline", "pipeline", query.pipelineId())
                .where("stageId = :stage", "stage", query.stageId())
                .where("accountId = :account", "account", query.accountId())
                .where("createdAt >= :createdFrom", "createdFrom", query.createdFrom())
                .where("createdAt < :createdTo", "createdTo", query.createdTo())
                .where("expectedCloseDate >= :closeFrom", "closeFrom", query.closeFrom())
                .where("expectedCloseDate < :closeTo", "closeTo", query.closeTo());
    }

    LossReasons lossReasons() {
        return new LossReasons(choices.current(LossReasons.LIST, LossReasons.DEFAULT.reasons()));
    }

    /** Replaces the list; deals lost for a reason no longer listed keep it. */
    @Transactional
    LossReasons replaceLossReasons(LossReasons request) {
        return new LossReasons(choices.replace(LossReasons.LIST, request.reasons(), "reasons"));
    }

    private DealResponse published(Deal deal, String type, Instant at) {
        Deal.flush();
        StageRef stage = pipelines.stage(deal.stageId);
        outbox.record(tenant.id(), DealEvent.of(type, deal, stage, at));
        return DealResponse.from(deal, stage);
    }

    /**
     * Loads the deal to change, locking its row until commit: concurrent changes queue, and each sees the state the
     * one before it left (its history included), so the second of two wins is a clean 409.
     */
    private Deal changeable(UUID id, String ifMatch) {
        Deal deal = Deal.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (deal == null) {
            throw new ProblemException.NotFound("Deal", id);
        }
        Versions.requireMatch("Deal " + id, ifMatch, deal.version);
        ownership.requireMayChange(deal.ownerId, "deals");
        return deal;
    }

    private void requireAccount(UUID accountId) {
        if (accountId != null && !accounts.exists(accountId)) {
            throw new ProblemException.InvalidField("accountId", "no account " + accountId + " exists");
        }
    }

    private static Instant notInTheFuture(String field, Instant at, Instant now) {
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new ProblemException.InvalidField(field, "must not be in the future");
        }
        return at;
    }

    private static Deal find(UUID id) {
        Deal deal = Deal.findById(id);
        if (deal == null) {
            throw new ProblemException.NotFound("Deal", id);
        }
        return deal;
    }
}
