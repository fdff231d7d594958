package dev.stride.analytics.metric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The daily rollups ({@code metric_day}) the counts and sums are read from. A fact writer wraps its upsert with
 * {@link #maintained}: one statement that reads the record's old state, writes the new one and, when the write
 * applied, subtracts the old state's contributions and adds the new one's (as the SQL functions
 * {@code <kind>_contributions} define them, by the tenant's time zone). The old state is the statement's snapshot
 * (every sub-statement sees the row as it was before the statement); the consumers' per-tenant lock keeps two writers
 * of one tenant apart. So applying an event costs the same with ten records or ten million, and reading a period
 * costs its days.
 */
@ApplicationScoped
public class Rollups {

    /** The fact tables with rollups, and the functions that say what each record contributes. */
    private static final List<String[]> FACTS = List.of(new String[] { "lead_fact", "lead_contributions" },
            new String[] { "deal_fact", "deal_contributions" },
            new String[] { "activity_fact", "activity_contributions" });

    private final EntityManager em;

    Rollups(EntityManager em) {
        this.em = em;
    }

    /**
     * The statement that applies {@code upsert} (an {@code insert into <table> ... on conflict ... do update ...
     * where ...} whose parameters ?1 and ?2 are the tenant and the record's id) and keeps the rollups in step. The
     * tenant's time zone comes from its settings, else parameter {@code ?<zoneParameter>}.
     */
    public static String maintained(String table, String idColumn, String contributions, String upsert,
            int zoneParameter) {
        return """
                with old as (select f as fact_row from %1$s f where f.tenant_id = ?1 and f.%2$s = ?2),
                     up as (%4$s returning %1$s as fact_row),
                     zone as (select coalesce((select s.data ->> 'timeZone' from tenant_settings s
                                                where s.tenant_id = ?1), ?%5$d) as name),
                     delta as (select c.*, -1 as sign from old cross join up cross join zone
                                 cross join lateral %3$s(old.fact_row, zone.name) c
                               union all
                               select c.*, 1 as sign from up cross join zone
                                 cross join lateral %3$s(up.fact_row, zone.name) c)
                insert into metric_day (tenant_id, fact, day, owner_id, team_id, source, pipeline_id, activity_type,
                                        currency, records, amount, cycle_days, weighted)
                select ?1, fact, day, owner_id, team_id, source, pipeline_id, activity_type, currency, sum(sign),
                       sum(sign * amount), sum(sign * cycle_days), sum(sign * weighted)
                  from delta
                 group by fact, day, owner_id, team_id, source, pipeline_id, activity_type, currency
                having sum(sign) <> 0 or sum(sign * amount) <> 0 or sum(sign * cycle_days) <> 0
                    or sum(sign * weighted) <> 0
                on conflict on constraint metric_day_key do update
                   set records = metric_day.records + excluded.records, amount = metric_day.amount + excluded.amount,
                       cycle_days = metric_day.cycle_days + excluded.cycle_days,
                       weighted = metric_day.weighted + excluded.weighted"""
                .formatted(table, idColumn, contributions, upsert, zoneParameter);
    }

    /** Derives the tenant's rollups again from its facts, in the given time zone (after the tenant changed it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rederive(String tenantId, String zone) {
        em.createNativeQuery("delete from metric_day where tenant_id = ?1").setParameter(1, tenantId).executeUpdate();
        for (String[] fact : FACTS) {
            em.createNativeQuery("""
                    insert into metric_day (tenant_id, fact, day, owner_id, team_id, source, pipeline_id,
                                            activity_type, currency, records, amount, cycle_days, weighted)
                    select ?1, c.fact, c.day, c.owner_id, c.team_id, c.source, c.pipeline_id, c.activity_type,
                           c.currency, count(*), sum(c.amount), sum(c.cycle_days), sum(c.weighted)
                      from %1$s f cross join lateral %2$s(f, ?2) c
                     where f.tenant_id = ?1
                     group by 2, 3, 4, 5, 6, 7, 8, 9""".formatted(fact[0], fact[1]))
                    .setParameter(1, tenantId)
                    .setParameter(2, zone)
                    .executeUpdate();
        }
    }
}
