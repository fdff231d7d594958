package dev.stride.analytics.activity;

import dev.stride.analytics.AnalyticsConfig;
import dev.stride.analytics.metric.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** Writes activity facts from events, with the event's tenant as an explicit parameter, never backwards. */
@ApplicationScoped
public class ActivityFacts {

    private final EntityManager em;
    private final String defaultZone;

    ActivityFacts(EntityManager em, AnalyticsConfig config) {
        this.em = em;
        this.defaultZone = config.defaultTimeZone().getId();
    }

    /** Applies an activity's state unless a later one is there (see {@code deal_fact} for the ordering rule). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String tenantId, Instant eventTime, ActivityChange activity, boolean deleted) {
        em.createNativeQuery(Rollups.maintained("activity_fact", "activity_id", "activity_contributions", """
                insert into activity_fact (tenant_id, activity_id, activity_type, owner_id, team_id, completed_at,
                                           version, deleted, event_time)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (tenant_id, activity_id) do update
                   set activity_type = excluded.activity_type, owner_id = excluded.owner_id,
                       team_id = excluded.team_id, completed_at = excluded.completed_at, version = excluded.version,
                       deleted = excluded.deleted, event_time = excluded.event_time
                 where activity_fact.version < excluded.version
                    or (activity_fact.version = excluded.version
                        and (excluded.deleted or (not activity_fact.deleted
                                                  and activity_fact.event_time <= excluded.event_time)))""", 10))
                .unwrap(NativeQuery.class)
                .setParameter(1, tenantId)
                .setParameter(2, activity.activityId())
                .setParameter(3, activity.activityType())
                .setParameter(4, activity.ownerId(), StandardBasicTypes.STRING)
                .setParameter(5, activity.ownerTeamId(), StandardBasicTypes.STRING)
                .setParameter(6, activity.completedAt(), StandardBasicTypes.INSTANT)
                .setParameter(7, activity.version() != null ? activity.version() : 0L)
                .setParameter(8, deleted)
                .setParameter(9, eventTime)
                .setParameter(10, defaultZone)
                .executeUpdate();
    }
}
