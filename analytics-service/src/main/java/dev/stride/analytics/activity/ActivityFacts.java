package dev.stride.analytics.activity;

import dev.stride.analytics.metric.FactEvent;
import dev.stride.analytics.metric.FactTable;
import dev.stride.analytics.metric.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Writes activity facts from events, with the event's tenant as an explicit parameter, never backwards. */
@ApplicationScoped
public class ActivityFacts {

    private final Rollups rollups;

    ActivityFacts(Rollups rollups) {
        this.rollups = rollups;
    }

    /** Applies the activities' states in the order the events came (see {@code DealFacts} for the ordering rule). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String tenantId, List<FactEvent<ActivityChange>> events) {
        rollups.write(tenantId, FactTable.ACTIVITIES, events.stream().map(event -> {
            ActivityChange activity = event.state();
            return new Object[] { activity.activityId(), activity.activityType(), activity.ownerId(),
                activity.ownerTeamId(), activity.completedAt(),
                activity.version() != null ? activity.version() : 0L, event.deleted(), event.time() };
        }).toList());
    }
}
