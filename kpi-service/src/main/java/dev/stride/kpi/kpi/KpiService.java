package dev.stride.kpi.kpi;

import dev.stride.kpi.events.Defined;
import dev.stride.kpi.events.Outbox;
import dev.stride.kpi.events.Tombstone;
import dev.stride.kpi.goal.GoalService;
import dev.stride.kpi.history.DefinitionHistory;
import dev.stride.kpi.history.VersionResponse;
import dev.stride.kpi.metric.Metric;
import dev.stride.kpi.metric.MetricCatalogue;
import dev.stride.kpi.platform.CurrentTenant;
import dev.stride.kpi.platform.ProblemException;
import dev.stride.kpi.platform.Versions;
import dev.stride.kpi.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * KPIs and sub-KPIs. Every change is checked whole (metric, filters, one parent and no cycle, targets aligned to the
 * fiscal periods and in the metric's range, closed periods untouched), makes a new version and publishes the whole
 * KPI, targets included, to {@code kpi.definitions}; a deletion publishes a tombstone.
 */
@ApplicationScoped
public class KpiService {

    static final String DEFINED = "stride.kpi.kpi.defined.v1";
    static final String DELETED = "stride.kpi.kpi.deleted.v1";

    private final Outbox outbox;
    private final DefinitionHistory history;
    private final SettingsService settings;
    private final GoalService goals;
    private final CurrentTenant tenant;
    private final Clock clock;

    KpiService(Outbox outbox, DefinitionHistory history, SettingsService settings, GoalService goals,
            CurrentTenant tenant, Clock clock) {
        this.outbox = outbox;
        this.history = history;
        this.settings = settings;
        this.goals = goals;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** Whether the caller's tenant has this KPI. */
    public boolean exists(UUID id) {
        return Kpi.count("id", id) > 0;
    }

    @Transactional
    public KpiResponse create(KpiRequest request) {
        settings.ensurePublished();
        Metric metric = requireValid(null, request);
        Instant now = clock.instant();
        Kpi kpi = Kpi.create(request, metric, now);
        kpi.persistAndFlush();
        return published(kpi, now);
    }

    @Transactional
    KpiResponse update(UUID id, String ifMatch, KpiRequest request) {
        Kpi kpi = changeable(id, ifMatch);
        Metric metric = requireValid(id, request);
        requireClosedPeriodsKept(kpi, request);
        Instant now = clock.instant();
        kpi.apply(request, metric, now);
        Kpi.flush();
        return published(kpi, now);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Kpi kpi = changeable(id, ifMatch);
        kpi.delete();
        try {
            Kpi.flush();
        } catch (PersistenceException stillReferenced) {
            throw new ProblemException.Conflict("KPI " + id + " still has sub-KPIs or key results linked to it; "
                    + "delete or move them first.");
        }
        outbox.record(tenant.id(), new Tombstone(DELETED, id.toString(), clock.instant()));
    }

    public KpiResponse get(UUID id) {
        return KpiResponse.from(orNotFound(Kpi.findById(id), id));
    }

    public List<KpiResponse> list(UUID kgiId, UUID ksfId, UUID parentKpiId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (kgiId != null) {
            where.append(" and kgiId = :kgi");
            params.put("kgi", kgiId);
        }
        if (ksfId != null) {
            where.append(" and ksfId = :ksf");
            params.put("ksf", ksfId);
        }
        if (parentKpiId != null) {
            where.append(" and parentKpiId = :parent");
            params.put("parent", parentKpiId);
        }
        return Kpi.<Kpi>find(where + " order by createdAt, id", params).stream().map(KpiResponse::from).toList();
    }

    List<VersionResponse> versions(UUID id) {
        orNotFound(Kpi.findById(id), id);
        return history.of(id);
    }

    private KpiResponse published(Kpi kpi, Instant at) {
        KpiResponse state = KpiResponse.from(kpi);
        history.record("kpi", kpi.id, kpi.version, at, state);
        outbox.record(tenant.id(), new Defined(DEFINED, kpi.id.toString(), at, state));
        return state;
    }

    /** Everything a KPI must be, whoever saves it; {@code id} is null for a new one. */
    private Metric requireValid(UUID id, KpiRequest request) {
        Metric metric = MetricCatalogue.require("metricId", request.metricId());
        if (request.ownerId() != null && request.ownerTeamId() != null) {
            throw new ProblemException.InvalidField("ownerTeamId", "give either ownerId or ownerTeamId, not both");
        }
        requireFilters(metric, request.filters());
        requireParent(id, request);
        requireTargets(metric, request);
        LocalDate today = settings.today();
        if (request.benchmarks() != null) {
            for (int i = 0; i < request.benchmarks().size(); i++) {
                if (request.benchmarks().get(i).asOf().isAfter(today)) {
                    throw new ProblemException.InvalidField("benchmarks[" + i + "].asOf", "must not be in the future");
                }
            }
        }
        return metric;
    }

    private static void requireFilters(Metric metric, KpiFilters filters) {
        if (filters == null) {
            return;
        }
        Map<Metric.Filter, Object> given = new HashMap<>();
        given.put(Metric.Filter.OWNER, filters.ownerId());
        given.put(Metric.Filter.TEAM, filters.teamId());
        given.put(Metric.Filter.SOURCE, filters.source());
        given.put(Metric.Filter.PIPELINE, filters.pipelineId());
        given.put(Metric.Filter.ACTIVITY_TYPE, filters.activityType());
        for (Map.Entry<Metric.Filter, Object> filter : given.entrySet()) {
            if (filter.getValue() != null && !metric.filters().contains(filter.getKey())) {
                throw new ProblemException.InvalidField("filters", metric.name() + " (" + metric.id()
                        + ") cannot be filtered by " + filter.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "; it takes " + metric.filters());
            }
        }
    }

    private void requireParent(UUID id, KpiRequest request) {
        long parents = Stream.of(request.kgiId(), request.ksfId(), request.parentKpiId())
                .filter(Objects::nonNull).count();
        if (parents > 1) {
            throw new ProblemException.InvalidField("parentKpiId", "give at most one parent: kgiId, ksfId or "
                    + "parentKpiId");
        }
        if (request.kgiId() != null && !goals.kgiExists(request.kgiId())) {
            throw new ProblemException.InvalidField("kgiId", "no KGI " + request.kgiId() + " exists");
        }
        if (request.ksfId() != null && goals.kgiOfKsf(request.ksfId()) == null) {
            throw new ProblemException.InvalidField("ksfId", "no KSF " + request.ksfId() + " exists");
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID ancestor = request.parentKpiId(); ancestor != null; ancestor = parentOf(ancestor)) {
            if (ancestor.equals(id) || !seen.add(ancestor)) {
                throw new ProblemException.InvalidField("parentKpiId", "KPI " + request.parentKpiId()
                        + " is this KPI or one of its sub-KPIs; a KPI cannot be under itself");
            }
        }
    }

    private static UUID parentOf(UUID kpiId) {
        Kpi kpi = Kpi.findById(kpiId);
        if (kpi == null) {
            throw new ProblemException.InvalidField("parentKpiId", "no KPI " + kpiId + " exists");
        }
        return kpi.parentKpiId;
    }

    private void requireTargets(Metric metric, KpiRequest request) {
        if (request.targets() == null) {
            return;
        }
        PeriodType type = request.periodType() != null ? request.periodType() : PeriodType.MONTH;
        int fiscalStart = settings.fiscalYearStartMonth();
        Set<LocalDate> periods = new HashSet<>();
        for (int i = 0; i < request.targets().size(); i++) {
            Target target = request.targets().get(i);
            String field = "targets[" + i + "]";
            if (!type.startsOn(target.periodStart(), fiscalStart)) {
                throw new ProblemException.InvalidField(field + ".periodStart", target.periodStart() + " does not "
                        + "start a " + type + " of a fiscal year starting in month " + fiscalStart + "; that period "
                        + "starts on " + type.startOf(target.periodStart(), fiscalStart));
            }
            if (!periods.add(target.periodStart())) {
                throw new ProblemException.InvalidField(field + ".periodStart", "the period starting "
                        + target.periodStart() + " has a target already");
            }
            metric.requireInRange(field + ".value", target.value());
        }
    }

    /** A closed period's target is frozen: an update keeps every one as it was and adds none. */
    private void requireClosedPeriodsKept(Kpi kpi, KpiRequest request) {
        LocalDate today = settings.today();
        Map<LocalDate, BigDecimal> before = closed(kpi.targets, kpi.periodType, today);
        PeriodType type = request.periodType() != null ? request.periodType() : PeriodType.MONTH;
        if (!before.isEmpty() && type != kpi.periodType) {
            throw new ProblemException.Conflict("KPI " + kpi.id + " has targets for closed " + kpi.periodType
                    + " periods; its period type can no longer change. Define a new KPI instead.");
        }
        Map<LocalDate, BigDecimal> after = closed(request.targets() == null ? List.of() : request.targets(),
                type, today);
        Set<LocalDate> periods = new HashSet<>(before.keySet());
        periods.addAll(after.keySet());
        for (LocalDate period : periods) {
            BigDecimal was = before.get(period);
            BigDecimal is = after.get(period);
            if (was == null || is == null || was.compareTo(is) != 0) {
                throw new ProblemException.Conflict("The " + type + " starting " + period + " closed on "
                        + type.end(period) + "; its target is frozen (" + (was == null ? "none" : was.toPlainString())
                        + "). Change only the targets of open periods.");
            }
        }
    }

    private static Map<LocalDate, BigDecimal> closed(List<Target> targets, PeriodType type,
            LocalDate today) {
        Map<LocalDate, BigDecimal> closed = new HashMap<>();
        targets.stream().filter(t -> !type.end(t.periodStart()).isAfter(today))
                .forEach(t -> closed.put(t.periodStart(), t.value()));
        return closed;
    }

    private static Kpi changeable(UUID id, String ifMatch) {
        Kpi kpi = orNotFound(Kpi.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        Versions.requireMatch("KPI " + id, ifMatch, kpi.version);
        return kpi;
    }

    private static Kpi orNotFound(Kpi kpi, UUID id) {
        if (kpi == null) {
            throw new ProblemException.NotFound("KPI", id);
        }
        return kpi;
    }
}
