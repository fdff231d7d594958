package dev.stride.analytics.metric;

import dev.stride.analytics.AnalyticsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;

/**
 * The daily rollups ({@code metric_day}) the counts and sums are read from. Fact writers hand their batch of states to
 * {@link #write}: one statement per tenant and batch that reads the records' old states, writes the new ones and,
 * where a write applied, subtracts the old state's contributions and adds the new one's (as the SQL functions
 * {@code <kind>_contributions} define them, by the tenant's time zone). The old state is the statement's snapshot;
 * the consumers' per-tenant lock keeps two writers of one tenant apart. So applying an event costs the same with ten
 * records or ten million, and reading a period costs its days.
 */
@ApplicationScoped
public class Rollups {

    /** The fact tables with rollups. */
    private static final List<FactTable> FACTS = List.of(FactTable.LEADS, FactTable.DEALS, FactTable.ACTIVITIES);

    private final EntityManager em;
    private final String defaultZone;
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    Rollups(EntityManager em, AnalyticsConfig config) {
        this.em = em;
        this.defaultZone = config.defaultTimeZone().getId();
    }

    /**
     * Writes one tenant's states of a batch of events, in the order they came (each row holds the table's columns in
     * its order), keeping each record's newest and the rollups in step; one statement, whatever the batch's size.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(String tenantId, FactTable table, List<Object[]> rows) {
        List<Object[]> newest = table.newest(rows);
        String upsert = statements.computeIfAbsent(table.name(), name -> table.upsert());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement write = connection.prepareStatement(upsert)) {
                write.setString(1, tenantId);
                write.setString(2, tenantId);
                write.setString(3, defaultZone);
                for (int column = 0; column < table.columns().size(); column++) {
                    String[] values = new String[newest.size()];
                    for (int row = 0; row < values.length; row++) {
                        values[row] = FactTable.text(newest.get(row)[column]);
                    }
                    write.setArray(4 + column, connection.createArrayOf("text", values));
                }
                write.executeUpdate();
            }
        });
    }

    /** Derives the tenant's rollups again from its facts, in the given time zone (after the tenant changed it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rederive(String tenantId, String zone) {
        em.createNativeQuery("delete from metric_day where tenant_id = ?1").setParameter(1, tenantId).executeUpdate();
        for (FactTable fact : FACTS) {
            em.createNativeQuery("""
                    insert into metric_day (tenant_id, fact, day, owner_id, team_id, source, pipeline_id,
                                            activity_type, currency, records, amount, cycle_days, weighted)
                    select ?1, c.fact, c.day, c.owner_id, c.team_id, c.source, c.pipeline_id, c.activity_type,
                           c.currency, count(*), sum(c.amount), sum(c.cycle_days), sum(c.weighted)
                      from %1$s f cross join lateral %2$s(f, ?2) c
                     where f.tenant_id = ?1
                     group by 2, 3, 4, 5, 6, 7, 8, 9""".formatted(fact.name(), fact.contributions()))
                    .setParameter(1, tenantId)
                    .setParameter(2, zone)
                    .executeUpdate();
        }
    }
}
