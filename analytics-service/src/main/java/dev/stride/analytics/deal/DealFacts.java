package dev.stride.analytics.deal;

import dev.stride.analytics.AnalyticsConfig;
import dev.stride.analytics.metric.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Writes deal facts from events. Consumers have no request tenant, so this is native SQL with the event's tenant as
 * an explicit parameter; an event never overwrites a newer state of the same deal.
 */
@ApplicationScoped
public class DealFacts {

    private final EntityManager em;
    private final String defaultZone;

    DealFacts(EntityManager em, AnalyticsConfig config) {
        this.em = em;
        this.defaultZone = config.defaultTimeZone().getId();
    }

    /**
     * Applies a deal's state unless a later one (higher version, or the same version at a later time) is there; a
     * delete marks the row, and wins over an update of the same version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String tenantId, Instant eventTime, DealChange deal, boolean deleted) {
        em.createNativeQuery(Rollups.maintained("deal_fact", "deal_id", "deal_contributions", """
                insert into deal_fact (tenant_id, deal_id, status, amount, currency, owner_id, created_at, won_at,
                                       lost_at, version, deleted, event_time, team_id, pipeline_id, lead_source,
                                       probability)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                on conflict (tenant_id, deal_id) do update
                   set status = excluded.status, amount = excluded.amount, currency = excluded.currency,
                       owner_id = excluded.owner_id, created_at = excluded.created_at, won_at = excluded.won_at,
                       team_id = excluded.team_id, pipeline_id = excluded.pipeline_id,
                       lead_source = excluded.lead_source, probability = excluded.probability,
                       lost_at = excluded.lost_at, version = excluded.version, deleted = excluded.deleted,
                       event_time = excluded.event_time
                 where deal_fact.version < excluded.version
                    or (deal_fact.version = excluded.version
                        and (excluded.deleted or (not deal_fact.deleted
                                                  and deal_fact.event_time <= excluded.event_time)))""", 17))
                .unwrap(NativeQuery.class)
                .setParameter(1, tenantId)
                .setParameter(2, deal.dealId())
                .setParameter(3, deal.status())
                .setParameter(4, deal.amount(), StandardBasicTypes.BIG_DECIMAL)
                .setParameter(5, deal.currency(), StandardBasicTypes.STRING)
                .setParameter(6, deal.ownerId(), StandardBasicTypes.STRING)
                .setParameter(7, deal.createdAt())
                .setParameter(8, deal.wonAt(), StandardBasicTypes.INSTANT)
                .setParameter(9, deal.lostAt(), StandardBasicTypes.INSTANT)
                .setParameter(10, deal.version() != null ? deal.version() : 0L)
                .setParameter(11, deleted)
                .setParameter(12, eventTime)
                .setParameter(13, deal.ownerTeamId(), StandardBasicTypes.STRING)
                .setParameter(14, deal.pipelineId(), StandardBasicTypes.UUID)
                .setParameter(15, deal.leadSource(), StandardBasicTypes.STRING)
                .setParameter(16, deal.probability(), StandardBasicTypes.INTEGER)
                .setParameter(17, defaultZone)
                .executeUpdate();
    }
}
