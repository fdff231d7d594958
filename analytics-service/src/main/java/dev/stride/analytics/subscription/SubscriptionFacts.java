package dev.stride.analytics.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Writes subscription facts and their MRR changes from events, with the event's tenant as an explicit parameter;
 * an event never overwrites a newer state of the same subscription.
 */
@ApplicationScoped
public class SubscriptionFacts {

    private final EntityManager em;

    SubscriptionFacts(EntityManager em) {
        this.em = em;
    }

    /**
     * Applies a subscription's state unless a later one is there (see {@code deal_fact} for the ordering rule), and
     * records its MRR change when the event is one; a change is kept once per subscription version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String tenantId, Instant eventTime, SubscriptionChange subscription, boolean mrrChange,
            boolean deleted) {
        long version = subscription.version() != null ? subscription.version() : 0L;
        em.createNativeQuery("""
                insert into subscription_fact (tenant_id, subscription_id, account_id, status, mrr, currency,
                                               started_on, cancelled_on, owner_id, team_id, version, deleted,
                                               event_time)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                on conflict (tenant_id, subscription_id) do update
                   set account_id = excluded.account_id, status = excluded.status, mrr = excluded.mrr,
                       currency = excluded.currency, started_on = excluded.started_on,
                       cancelled_on = excluded.cancelled_on, owner_id = excluded.owner_id,
                       team_id = excluded.team_id, version = excluded.version, deleted = excluded.deleted,
                       event_time = excluded.event_time
                 where subscription_fact.version < excluded.version
                    or (subscription_fact.version = excluded.version
                        and (excluded.deleted or (not subscription_fact.deleted
                                                  and subscription_fact.event_time <= excluded.event_time)))""")
                .unwrap(NativeQuery.class)
                .setParameter(1, tenantId)
                .setParameter(2, subscription.subscriptionId())
                .setParameter(3, subscription.accountId())
                .setParameter(4, subscription.status())
                .setParameter(5, subscription.mrr())
                .setParameter(6, subscription.currency())
                .setParameter(7, subscription.startedOn())
                .setParameter(8, subscription.cancelledOn(), StandardBasicTypes.LOCAL_DATE)
                .setParameter(9, subscription.ownerId(), StandardBasicTypes.STRING)
                .setParameter(10, subscription.ownerTeamId(), StandardBasicTypes.STRING)
                .setParameter(11, version)
                .setParameter(12, deleted)
                .setParameter(13, eventTime)
                .executeUpdate();
        if (mrrChange) {
            em.createNativeQuery("""
                    insert into mrr_change (tenant_id, subscription_id, version, effective_on, old_mrr, new_mrr)
                    values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                    .setParameter(1, tenantId)
                    .setParameter(2, subscription.subscriptionId())
                    .setParameter(3, version)
                    .setParameter(4, subscription.effectiveOn())
                    .setParameter(5, subscription.oldMrr())
                    .setParameter(6, subscription.newMrr())
                    .executeUpdate();
        }
    }
}
