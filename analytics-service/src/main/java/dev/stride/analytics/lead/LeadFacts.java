package dev.stride.analytics.lead;

import dev.stride.analytics.metric.FactEvent;
import dev.stride.analytics.metric.FactTable;
import dev.stride.analytics.metric.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Writes lead facts from events, with the event's tenant as an explicit parameter, never backwards. */
@ApplicationScoped
public class LeadFacts {

    private final Rollups rollups;

    LeadFacts(Rollups rollups) {
        this.rollups = rollups;
    }

    /** Applies the leads' states in the order the events came (see {@code DealFacts} for the ordering rule). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String tenantId, List<FactEvent<LeadChange>> events) {
        rollups.write(tenantId, FactTable.LEADS, events.stream().map(event -> {
            LeadChange lead = event.state();
            return new Object[] { lead.leadId(), lead.status(), lead.source(), lead.ownerId(), lead.ownerTeamId(),
                lead.createdAt(), lead.qualifiedAt(), lead.convertedAt(),
                lead.version() != null ? lead.version() : 0L, event.deleted(), event.time() };
        }).toList());
    }
}
