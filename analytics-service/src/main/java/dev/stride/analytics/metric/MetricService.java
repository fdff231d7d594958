package dev.stride.analytics.metric;

import dev.stride.analytics.metric.Metric.Dimension;
import dev.stride.analytics.platform.CurrentTenant;
import dev.stride.analytics.platform.ProblemException;
import dev.stride.analytics.settings.SettingsStore;
import dev.stride.analytics.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers metric requests for the caller's tenant: checks the request, then asks {@link MetricEngine}. */
@ApplicationScoped
class MetricService {

    /** Enough for two years of days, ten years of weeks, or any number of months anyone reads. */
    private static final int MAX_BUCKETS = 731;
    /** The longest period a figure is asked for: a decade of history, and no scan over centuries of nothing. */
    private static final int MAX_PERIOD_YEARS = 10;
    private static final int DEFAULT_RECORDS = 500;
    private static final int MAX_RECORDS = 5000;

    private final MetricEngine engine;
    private final Drilldown drilldown;
    private final SettingsStore settings;
    private final CurrentTenant tenant;
    private final Clock clock;

    MetricService(MetricEngine engine, Drilldown drilldown, SettingsStore settings, CurrentTenant tenant,
            Clock clock) {
        this.engine = engine;
        this.drilldown = drilldown;
        this.settings = settings;
        this.tenant = tenant;
        this.clock = clock;
    }

    MetricResponse value(String metricId, MetricQuery query) {
        Request request = request(metricId, query);
        MetricValue value = engine.value(tenant.id(), request.settings(), request.metric(), request.from(),
                request.to(), request.filters(), clock.instant());
        return MetricResponse.of(request.metric(), request.from(), request.to(), request.settings().timeZone(), value);
    }

    SeriesResponse series(String metricId, MetricQuery query, String bucketName) {
        SeriesResponse.Bucket bucket = bucket(bucketName);
        Request request = request(metricId, query);
        List<LocalDate> starts = starts(request.from(), request.to(), bucket);
        List<SeriesResponse.Point> points = new ArrayList<>();
        if (request.metric().kind().cumulative()) {
            MetricEngine.DailyValues daily = engine.daily(tenant.id(), request.settings(), request.metric(),
                    request.from(), request.to(), request.filters());
            for (int i = 0; i < starts.size(); i++) {
                LocalDate start = starts.get(i);
                LocalDate end = i + 1 < starts.size() ? starts.get(i + 1) : request.to();
                BigDecimal sum = daily.values().subMap(start, end).values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                points.add(new SeriesResponse.Point(start, end, sum));
            }
        } else {
            for (int i = 0; i < starts.size(); i++) {
                LocalDate start = starts.get(i);
                LocalDate end = i + 1 < starts.size() ? starts.get(i + 1) : request.to();
                points.add(new SeriesResponse.Point(start, end, engine.value(tenant.id(), request.settings(),
                        request.metric(), start, end, request.filters(), clock.instant()).value()));
            }
        }
        return new SeriesResponse(request.metric().id(), request.from(), request.to(),
                request.settings().timeZone(), bucket, points);
    }

    /**
     * The metric per owner or team: each ranked key's value is the metric with the request's filters narrowed to
     * that key, so a leaderboard shows exactly what a KPI filtered to that person or team would.
     */
    LeaderboardResponse leaderboard(String metricId, MetricQuery query, String byName) {
        LeaderboardResponse.By by = by(byName);
        Request request = request(metricId, query);
        Dimension dimension = by == LeaderboardResponse.By.TEAM ? Dimension.TEAM : Dimension.OWNER;
        if (request.filters().used().contains(dimension)) {
            throw new ProblemException.InvalidField(parameter(dimension), "a leaderboard by " + by.name()
                    .toLowerCase(Locale.ROOT) + " ranks every " + by.name().toLowerCase(Locale.ROOT)
                    + "; leave out that filter");
        }
        Instant now = clock.instant();
        List<Ranked> ranked = new ArrayList<>();
        for (String key : engine.rankable(tenant.id(), request.metric(), dimension)) {
            MetricFilters filters = request.filters().narrowed(dimension, key);
            if (filters == null) {
                continue;
            }
            ranked.add(new Ranked(key, engine.value(tenant.id(), request.settings(), request.metric(), request.from(),
                    request.to(), filters, now).value()));
        }
        Comparator<BigDecimal> better = request.metric().lowerIsBetter() ? Comparator.naturalOrder()
                : Comparator.reverseOrder();
        ranked.sort(Comparator.comparing(Ranked::value, Comparator.nullsLast(better)).thenComparing(Ranked::key));
        List<LeaderboardResponse.Entry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked entry = ranked.get(i);
            boolean tie = i > 0 && same(entry.value(), ranked.get(i - 1).value());
            int rank = tie ? entries.get(i - 1).rank() : i + 1;
            entries.add(new LeaderboardResponse.Entry(rank, entry.key(), entry.value()));
        }
        return new LeaderboardResponse(request.metric().id(), request.from(), request.to(),
                request.settings().timeZone(), by, entries);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }

    private static LeaderboardResponse.By by(String name) {
        if (name == null || name.isBlank()) {
            return LeaderboardResponse.By.OWNER;
        }
        try {
            return LeaderboardResponse.By.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidField("by", "must be owner or team, not \"" + name + "\"");
        }
    }

    RecordsResponse records(String metricId, MetricQuery query, String limit) {
        int shown = limit(limit);
        Request request = request(metricId, query);
        MetricEngine.Scope scope = new MetricEngine.Scope(tenant.id(), request.settings(), request.from(),
                request.to(), request.filters(), clock.instant());
        Drilldown.Sets sets = drilldown.records(scope, request.metric());
        MetricValue value = engine.value(tenant.id(), request.settings(), request.metric(), request.from(),
                request.to(), request.filters(), scope.now());
        return new RecordsResponse(request.metric().id(), request.from(), request.to(),
                request.settings().timeZone(), value.value(), RecordsResponse.RecordSet.of(sets.numerator(), shown),
                sets.denominator() == null ? null : RecordsResponse.RecordSet.of(sets.denominator(), shown));
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_RECORDS;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_RECORDS) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException.InvalidField("limit", "must be a whole number from 1 to " + MAX_RECORDS + ", not \""
                + value + "\"");
    }

    private Request request(String metricId, MetricQuery query) {
        Metric metric = Metric.byId(metricId).orElseThrow(() -> new ProblemException.InvalidField("metricId",
                "\"" + metricId + "\" is not a metric; the metrics are " + Arrays.stream(Metric.values())
                        .map(Metric::id).sorted().collect(Collectors.joining(", "))));
        MetricFilters filters = query.filters();
        Set<Dimension> unknown = filters.used().stream().filter(d -> !metric.dimensions().contains(d))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            Dimension first = unknown.iterator().next();
            throw new ProblemException.InvalidField(parameter(first), metric.id() + " cannot be filtered by "
                    + parameter(first) + "; its filters are " + metric.dimensions().stream()
                            .map(MetricService::parameter).collect(Collectors.joining(", ")));
        }
        TenantSettings tenantSettings = settings.of(tenant.id());
        LocalDate from = query.from();
        LocalDate to = query.to();
        LocalDate start = from != null ? from : LocalDate.now(clock.withZone(tenantSettings.zone())).withDayOfMonth(1);
        LocalDate end = to != null ? to : start.plusMonths(1);
        if (!start.isBefore(end)) {
            throw new ProblemException.InvalidField(to != null ? "to" : "from",
                    "the period must end after it starts (from " + start + " is not before to " + end + ")");
        }
        if (end.isAfter(start.plusYears(MAX_PERIOD_YEARS))) {
            throw new ProblemException.InvalidField(to != null ? "to" : "from", "the period may be at most "
                    + MAX_PERIOD_YEARS + " years long, not from " + start + " to " + end + ": ask for a shorter one");
        }
        return new Request(metric, start, end, filters, tenantSettings);
    }

    private static List<LocalDate> starts(LocalDate from, LocalDate to, SeriesResponse.Bucket bucket) {
        long count = switch (bucket) {
            case DAY -> ChronoUnit.DAYS.between(from, to);
            case WEEK -> ChronoUnit.WEEKS.between(from, to) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to) + 1;
        };
        if (count > MAX_BUCKETS) {
            throw new ProblemException.InvalidField("bucket", "the period has " + count + " " + bucket.name()
                    .toLowerCase(Locale.ROOT) + "s; a series has at most " + MAX_BUCKETS + ": choose a larger bucket");
        }
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(to); start = next(start, bucket)) {
            starts.add(start);
        }
        return starts;
    }

    private static LocalDate next(LocalDate day, SeriesResponse.Bucket bucket) {
        return switch (bucket) {
            case DAY -> day.plusDays(1);
            case WEEK -> day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1).plusMonths(1);
        };
    }

    private static SeriesResponse.Bucket bucket(String name) {
        if (name == null || name.isBlank()) {
            return SeriesResponse.Bucket.DAY;
        }
        try {
            return SeriesResponse.Bucket.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidField("bucket", "must be day, week or month, not \"" + name + "\"");
        }
    }

    static String parameter(Dimension dimension) {
        return switch (dimension) {
            case OWNER -> "ownerId";
            case TEAM -> "teamId";
            case SOURCE -> "source";
            case PIPELINE -> "pipelineId";
            case ACTIVITY_TYPE -> "activityType";
        };
    }

    private record Ranked(String key, BigDecimal value) {
    }

    private record Request(Metric metric, LocalDate from, LocalDate to, MetricFilters filters,
            TenantSettings settings) {
    }
}
