package dev.stride.analytics.lead;

import dev.stride.analytics.AnalyticsConfig;
import dev.stride.analytics.metric.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Writes lead facts from events, with the event's tenant as an explicit parameter (consumers have no request
 * tenant); an event never overwrites a newer state of the same lead.
 */
@ApplicationScoped
public class LeadFacts {

    private final EntityManager em;
    private final String defaultZone;

    LeadFacts(EntityManager em, AnalyticsConfig config) {
        this.em = em;
        this.defaultZone = config.defaultTimeZone().getId();
    }

    /** Applies a lead's state unless a later one is there (see {@code deal_fact} for the ordering rule). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String tenantId, Instant eventTime, LeadChange lead, boolean deleted) {
        em.createNativeQuery(Rollups.maintained("lead_fact", "lead_id", "lead_contributions", """
                insert into lead_fact (tenant_id, lead_id, status, source, owner_id, team_id, created_at, qualified_at,
                                       converted_at, version, deleted, event_time)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                on conflict (tenant_id, lead_id) do update
                   set status = excluded.status, source = excluded.source, owner_id = excluded.owner_id,
                       team_id = excluded.team_id, created_at = excluded.created_at,
                       qualified_at = excluded.qualified_at, converted_at = excluded.converted_at,
                       version = excluded.version, deleted = excluded.deleted, event_time = excluded.event_time
                 where lead_fact.version < excluded.version
                    or (lead_fact.version = excluded.version
                        and (excluded.deleted or (not lead_fact.deleted
                                                  and lead_fact.event_time <= excluded.event_time)))""", 13))
                .unwrap(NativeQuery.class)
                .setParameter(1, tenantId)
                .setParameter(2, lead.leadId())
                .setParameter(3, lead.status())
                .setParameter(4, lead.source(), StandardBasicTypes.STRING)
                .setParameter(5, lead.ownerId(), StandardBasicTypes.STRING)
                .setParameter(6, lead.ownerTeamId(), StandardBasicTypes.STRING)
                .setParameter(7, lead.createdAt())
                .setParameter(8, lead.qualifiedAt(), StandardBasicTypes.INSTANT)
                .setParameter(9, lead.convertedAt(), StandardBasicTypes.INSTANT)
                .setParameter(10, lead.version() != null ? lead.version() : 0L)
                .setParameter(11, deleted)
                .setParameter(12, eventTime)
                .setParameter(13, defaultZone)
                .executeUpdate();
    }
}
