package dev.stride.analytics.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table of facts with daily rollups: one row per record of a tenant, keyed by its id (the first column after
 * {@code tenant_id}), holding the record's newest state as its {@code version}, {@code deleted} and
 * {@code event_time} columns order states (a higher version wins; at the same version a delete wins, else the later
 * event); the SQL function {@code contributions} says what a row adds to {@code metric_day}. {@link Rollups#write}
 * writes a batch of states with it.
 *
 * @param name the table
 * @param contributions the SQL function {@code (row, zone) -> setof metric_day contributions}
 * @param columns every column but {@code tenant_id}, the record's id first, with their SQL types
 */
public record FactTable(String name, String contributions, List<Column> columns) {

    public static final FactTable LEADS = new FactTable("lead_fact", "lead_contributions", List.of(
            column("lead_id", "uuid"), column("status", "text"), column("source", "text"), column("owner_id", "text"),
            column("team_id", "text"), column("created_at", "timestamptz"), column("qualified_at", "timestamptz"),
            column("converted_at", "timestamptz"), column("version", "bigint"), column("deleted", "boolean"),
            column("event_time", "timestamptz")));
    public static final FactTable DEALS = new FactTable("deal_fact", "deal_contributions", List.of(
            column("deal_id", "uuid"), column("status", "text"), column("amount", "numeric"),
            column("currency", "text"), column("owner_id", "text"), column("created_at", "timestamptz"),
            column("won_at", "timestamptz"), column("lost_at", "timestamptz"), column("version", "bigint"),
            column("deleted", "boolean"), column("event_time", "timestamptz"), column("team_id", "text"),
            column("pipeline_id", "uuid"), column("lead_source", "text"), column("probability", "integer")));
    public static final FactTable ACTIVITIES = new FactTable("activity_fact", "activity_contributions", List.of(
            column("activity_id", "uuid"), column("activity_type", "text"), column("owner_id", "text"),
            column("team_id", "text"), column("completed_at", "timestamptz"), column("version", "bigint"),
            column("deleted", "boolean"), column("event_time", "timestamptz")));

    /** A column and its SQL type. */
    public record Column(String name, String type) {
    }

    public static Column column(String name, String type) {
        return new Column(name, type);
    }

    String id() {
        return columns.getFirst().name();
    }

    /**
     * Of rows in the order their events came, the one each record ends with, as the table's own guard would leave it
     * after applying them one by one (the ordering is total and transitive, so the newest state of a batch can be
     * written at once); the records in the order they first came.
     */
    List<Object[]> newest(List<Object[]> rows) {
        int version = index("version");
        int deleted = index("deleted");
        int eventTime = index("event_time");
        Map<Object, Object[]> newest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            newest.merge(row[0], row, (kept, later) -> {
                long keptVersion = (Long) kept[version];
                long laterVersion = (Long) later[version];
                boolean wins = laterVersion > keptVersion || (laterVersion == keptVersion
                        && ((Boolean) later[deleted] || (!(Boolean) kept[deleted]
                                && !((Instant) kept[eventTime]).isAfter((Instant) later[eventTime]))));
                return wins ? later : kept;
            });
        }
        return new ArrayList<>(newest.values());
    }

    /**
     * The statement that writes a batch of states and keeps the rollups in step. Parameters: the tenant, the default
     * time zone (until the tenant's settings name one), then one array per column (as text, cast to its type). The
     * old states are the statement's snapshot; every state that applied subtracts its old row's contributions and
     * adds its new row's.
     */
    String upsert() {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String arrays = columns.stream().map(column -> "cast(? as " + column.type() + "[])")
                .collect(Collectors.joining(", "));
        String updates = columns.stream().skip(1).map(column -> column.name() + " = excluded." + column.name())
                .collect(Collectors.joining(", "));
        return """
                with params as (select cast(? as text) as tenant_id,
                                       coalesce((select s.data ->> 'timeZone' from tenant_settings s
                                                  where s.tenant_id = ?), ?) as zone),
                     input as (select * from unnest(%5$s) as i(%4$s)),
                     old as (select f as fact_row from %1$s f
                              where f.tenant_id = (select tenant_id from params)
                                and f.%3$s in (select %3$s from input)),
                     up as (insert into %1$s (tenant_id, %4$s) select (select tenant_id from params), i.* from input i
                            on conflict (tenant_id, %3$s) do update set %6$s
                             where %1$s.version < excluded.version
                                or (%1$s.version = excluded.version
                                    and (excluded.deleted or (not %1$s.deleted
                                                              and %1$s.event_time <= excluded.event_time)))
                            returning %1$s as fact_row),
                     delta as (select c.*, -1 as sign
                                 from old join up on (old.fact_row).%3$s = (up.fact_row).%3$s cross join params
                                 cross join lateral %2$s(old.fact_row, params.zone) c
                               union all
                               select c.*, 1 as sign from up cross join params
                                 cross join lateral %2$s(up.fact_row, params.zone) c)
                insert into metric_day (tenant_id, fact, day, owner_id, team_id, source, pipeline_id, activity_type,
                                        currency, records, amount, cycle_days, weighted)
                select (select tenant_id from params), fact, day, owner_id, team_id, source, pipeline_id,
                       activity_type, currency, sum(sign), sum(sign * amount), sum(sign * cycle_days),
                       sum(sign * weighted)
                  from delta
                 group by fact, day, owner_id, team_id, source, pipeline_id, activity_type, currency
                having sum(sign) <> 0 or sum(sign * amount) <> 0 or sum(sign * cycle_days) <> 0
                    or sum(sign * weighted) <> 0
                on conflict on constraint metric_day_key do update
                   set records = metric_day.records + excluded.records, amount = metric_day.amount + excluded.amount,
                       cycle_days = metric_day.cycle_days + excluded.cycle_days,
                       weighted = metric_day.weighted + excluded.weighted"""
                .formatted(name, contributions, id(), names, arrays, updates);
    }

    /** A value as the text its column's array is cast from. */
    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal decimal -> decimal.toPlainString();
            default -> value.toString();
        };
    }

    private int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException(name + " has no column " + column);
    }
}
