package dev.stride.analytics.deal;

import dev.stride.analytics.metric.FactEvent;
import dev.stride.analytics.metric.FactTable;
import dev.stride.analytics.metric.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes deal facts from events. Consumers have no request tenant, so the event's tenant is an explicit parameter;
 * an event never overwrites a newer state of the same deal.
 */
@ApplicationScoped
public class DealFacts {

    private final Rollups rollups;

    DealFacts(Rollups rollups) {
        this.rollups = rollups;
    }

    /**
     * Applies the deals' states in the order the events came, each unless a later one is there (higher version, or
     * the same version at a later time); a delete marks the row, and wins over an update of the same version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String tenantId, List<FactEvent<DealChange>> events) {
        rollups.write(tenantId, FactTable.DEALS, events.stream().map(event -> {
            DealChange deal = event.state();
            return new Object[] { deal.dealId(), deal.status(), deal.amount(), deal.currency(), deal.ownerId(),
                deal.createdAt(), deal.wonAt(), deal.lostAt(), deal.version() != null ? deal.version() : 0L,
                event.deleted(), event.time(), deal.ownerTeamId(), deal.pipelineId(), deal.leadSource(),
                deal.probability() };
        }).toList());
    }
}
