package dev.stride.kpi.review;

import dev.stride.kpi.kpi.KpiRequest;
import dev.stride.kpi.kpi.KpiResponse;
import dev.stride.kpi.kpi.KpiService;
import dev.stride.kpi.kpi.MetricHistory;
import dev.stride.kpi.kpi.PeriodType;
import dev.stride.kpi.kpi.Target;
import dev.stride.kpi.metric.Metric;
import dev.stride.kpi.metric.MetricCatalogue;
import dev.stride.kpi.platform.CurrentTenant;
import dev.stride.kpi.platform.ProblemException;
import dev.stride.kpi.platform.Versions;
import dev.stride.kpi.settings.SettingsService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * PDCA reviews: one per KPI and review period (its cadence's month or quarter), written by admins, managers or the
 * KPI's owner, with Fact-Cause-Action items; an action can become a sub-KPI of the reviewed KPI. The due list names
 * the KPIs whose last closed review period has no review yet.
 */
@ApplicationScoped
class ReviewService {

    private final KpiService kpis;
    private final MetricHistory history;
    private final SettingsService settings;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final Clock clock;

    ReviewService(KpiService kpis, MetricHistory history, SettingsService settings, CurrentTenant tenant,
            SecurityIdentity identity, Clock clock) {
        this.kpis = kpis;
        this.history = history;
        this.settings = settings;
        this.tenant = tenant;
        this.identity = identity;
        this.clock = clock;
    }

    List<ReviewResponse> list(UUID kpiId) {
        KpiResponse kpi = kpis.get(kpiId);
        return Review.<Review>find("kpiId = ?1 order by periodStart desc", kpiId).stream()
                .map(review -> response(review, kpi)).toList();
    }

    ReviewResponse get(UUID kpiId, LocalDate periodStart) {
        KpiResponse kpi = kpis.get(kpiId);
        return response(existing(kpiId, periodStart), kpi);
    }

    @Transactional
    ReviewResponse write(UUID kpiId, LocalDate periodStart, String ifMatch, ReviewRequest request) {
        KpiResponse kpi = kpis.get(kpiId);
        requireMayReview(kpi);
        PeriodType period = kpi.reviewCadence().period();
        int fiscalStart = settings.fiscalYearStartMonth();
        if (!period.startsOn(periodStart, fiscalStart)) {
            throw new ProblemException.InvalidField("periodStart", periodStart + " does not start a " + period
                    + " of the KPI's review cadence (" + kpi.reviewCadence() + "); that period starts on "
                    + period.startOf(periodStart, fiscalStart));
        }
        if (periodStart.isAfter(settings.today())) {
            throw new ProblemException.InvalidField("periodStart", "the period has not started yet");
        }
        Instant now = clock.instant();
        Review review = Review.<Review>find("kpiId = ?1 and periodStart = ?2", kpiId, periodStart)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (review == null) {
            Versions.requireMatch("The review", ifMatch, 0);
            review = new Review();
            review.id = UUID.randomUUID();
            review.kpiId = kpiId;
            review.periodStart = periodStart;
            review.createdAt = now;
            review.apply(request, tenant.userId(), now);
            review.persist();
        } else {
            Versions.requireMatch("The review of " + periodStart, ifMatch, review.version);
            review.apply(request, tenant.userId(), now);
        }
        Review.flush();
        return response(review, kpi);
    }

    @Transactional
    ReviewResponse.ActionResponse addAction(UUID kpiId, LocalDate periodStart, ActionRequest request) {
        requireMayReview(kpis.get(kpiId));
        Review review = existing(kpiId, periodStart);
        Instant now = clock.instant();
        ReviewAction action = new ReviewAction();
        action.id = UUID.randomUUID();
        action.reviewId = review.id;
        action.createdAt = now;
        action.apply(request, now);
        action.persistAndFlush();
        return ReviewResponse.ActionResponse.from(action);
    }

    @Transactional
    ReviewResponse.ActionResponse updateAction(UUID id, String ifMatch, ActionRequest request) {
        ReviewAction action = changeableAction(id, ifMatch);
        action.apply(request, clock.instant());
        ReviewAction.flush();
        return ReviewResponse.ActionResponse.from(action);
    }

    /** A sub-KPI of the reviewed KPI, defined from an action (its parent is always the reviewed KPI). */
    @Transactional
    KpiResponse subKpi(UUID actionId, KpiRequest request) {
        ReviewAction action = changeableAction(actionId, null);
        if (action.subKpiId != null) {
            throw new ProblemException.Conflict("Action " + actionId + " already made sub-KPI " + action.subKpiId
                    + ".");
        }
        Review review = Review.findById(action.reviewId);
        KpiResponse created = kpis.create(new KpiRequest(request.name(), request.description(), request.ownerId(),
                request.ownerTeamId(), request.metricId(), request.filters(), request.direction(),
                request.periodType(), request.targets(), null, null, review.kpiId, request.benchmarks(),
                request.reviewCadence()));
        action.subKpiId = created.id();
        action.updatedAt = clock.instant();
        return created;
    }

    /** The KPIs whose last closed review period (ended after they were defined) has no review, most overdue first. */
    List<DueReview> due() {
        LocalDate today = settings.today();
        int fiscalStart = settings.fiscalYearStartMonth();
        List<DueReview> due = new ArrayList<>();
        for (KpiResponse kpi : kpis.list(null, null, null)) {
            PeriodType period = kpi.reviewCadence().period();
            LocalDate end = period.startOf(today, fiscalStart);
            LocalDate start = period.previous(end);
            LocalDate defined = kpi.createdAt().atZone(settings.zone()).toLocalDate();
            if (defined.isBefore(end) && Review.count("kpiId = ?1 and periodStart = ?2", kpi.id(), start) == 0) {
                due.add(new DueReview(kpi.id(), kpi.name(), kpi.ownerId(), kpi.reviewCadence(), start, end,
                        ChronoUnit.DAYS.between(end, today)));
            }
        }
        due.sort((a, b) -> Long.compare(b.daysOverdue(), a.daysOverdue()));
        return due;
    }

    /**
     * Every KPI with its target, actual and attainment for one fiscal quarter: the quarterly review. The actuals come
     * from analytics (as the caller); a KPI analytics cannot measure yet shows none.
     */
    List<QuarterlyKpi> quarterly(LocalDate quarterStart) {
        if (!PeriodType.QUARTER.startsOn(quarterStart, settings.fiscalYearStartMonth())) {
            throw new ProblemException.InvalidField("quarterStart", quarterStart + " does not start a quarter of the "
                    + "fiscal year; that quarter starts on " + PeriodType.QUARTER.startOf(quarterStart,
                            settings.fiscalYearStartMonth()));
        }
        LocalDate quarterEnd = PeriodType.QUARTER.end(quarterStart);
        List<QuarterlyKpi> rows = new ArrayList<>();
        for (KpiResponse kpi : kpis.list(null, null, null)) {
            Metric metric = MetricCatalogue.find(kpi.metricId());
            BigDecimal target = quarterTarget(kpi, metric, quarterStart, quarterEnd);
            BigDecimal actual = history.of(kpi.metricId(), PeriodType.QUARTER, List.of(quarterStart))
                    .map(values -> values.getFirst().value()).orElse(null);
            LocalDate reviewed = kpi.reviewCadence().period().previous(quarterEnd);
            rows.add(new QuarterlyKpi(kpi.id(), kpi.name(), kpi.metricId(), kpi.direction(), target, actual,
                    attainment(kpi.direction(), target, actual),
                    Review.count("kpiId = ?1 and periodStart = ?2", kpi.id(), reviewed) > 0));
        }
        return rows;
    }

    private static BigDecimal quarterTarget(KpiResponse kpi, Metric metric, LocalDate from, LocalDate to) {
        List<BigDecimal> values = kpi.targets().stream()
                .filter(t -> !t.periodStart().isBefore(from) && t.periodStart().isBefore(to)).map(Target::value)
                .toList();
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return metric != null && metric.kind().cumulative() ? sum
                : sum.divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
    }

    /** METRICS.md: actual ÷ target; for lower-is-better target ÷ actual, an actual of 0 counting as fully attained. */
    static BigDecimal attainment(Metric.Direction direction, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return null;
        }
        if (direction == Metric.Direction.LOWER) {
            return actual.signum() == 0 ? BigDecimal.ONE : target.divide(actual, 4, RoundingMode.HALF_UP);
        }
        return target.signum() == 0 ? null : actual.divide(target, 4, RoundingMode.HALF_UP);
    }

    private ReviewResponse response(Review review, KpiResponse kpi) {
        return ReviewResponse.from(review, kpi.reviewCadence().period().end(review.periodStart),
                ReviewAction.<ReviewAction>find("reviewId = ?1 order by createdAt", review.id).list());
    }

    private void requireMayReview(KpiResponse kpi) {
        if (!identity.hasRole("admin") && !identity.hasRole("manager") && !tenant.userId().equals(kpi.ownerId())) {
            throw new ProblemException.Forbidden("Only the KPI's owner, a manager or an admin can review it.");
        }
    }

    private ReviewAction changeableAction(UUID id, String ifMatch) {
        ReviewAction action = ReviewAction.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (action == null) {
            throw new ProblemException.NotFound("Review action", id);
        }
        Review review = Review.findById(action.reviewId);
        requireMayReview(kpis.get(review.kpiId));
        Versions.requireMatch("Review action " + id, ifMatch, action.version);
        return action;
    }

    private static Review existing(UUID kpiId, LocalDate periodStart) {
        Review review = Review.<Review>find("kpiId = ?1 and periodStart = ?2", kpiId, periodStart).firstResult();
        if (review == null) {
            throw new ProblemException.NotFound("Review", "of KPI " + kpiId + " for " + periodStart);
        }
        return review;
    }
}
