package dev.stride.analytics.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.activity.ActivityChange;
import dev.stride.analytics.activity.ActivityFacts;
import dev.stride.analytics.events.CloudEventReader.MalformedEventException;
import dev.stride.analytics.kpi.Touched;
import dev.stride.analytics.metric.FactEvent;
import dev.stride.analytics.metric.Metric;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code crm.activities} into the activity facts. */
@ApplicationScoped
class CrmActivitiesConsumer implements Topic<ActivityChange> {

    static final String TOPIC = "crm.activities";
    static final String CHANNEL = "crm-activities";
    private static final String DELETED = "stride.crm.activity.deleted.v1";
    private static final Set<String> TYPES = Set.of("stride.crm.activity.created.v1",
            "stride.crm.activity.updated.v1", DELETED);
    private static final Touched TOUCHED = Touched.metrics(Metric.from(Metric.Source.ACTIVITIES));

    private final EventBatches batches;
    private final ObjectMapper json;
    private final ActivityFacts activities;

    CrmActivitiesConsumer(EventBatches batches, ObjectMapper json, ActivityFacts activities) {
        this.batches = batches;
        this.json = json;
        this.activities = activities;
    }

    @Incoming(CHANNEL)
    @Blocking
    @ActivateRequestContext
    void consume(ConsumerRecords<String, String> records) {
        batches.consume(records, this);
    }

    @Override
    public String name() {
        return TOPIC;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public ActivityChange read(CloudEvent event) throws MalformedEventException {
        return TYPES.contains(event.type())
                ? EventData.read(json, event, ActivityChange.class, ActivityChange::problems) : null;
    }

    @Override
    public void apply(String tenantId, List<Change<ActivityChange>> changes) {
        activities.apply(tenantId, changes.stream().map(change -> new FactEvent<>(change.data(), change.event().time(),
                DELETED.equals(change.event().type()))).toList());
    }

    @Override
    public Touched touched(CloudEvent event, ActivityChange activity) {
        return TOUCHED;
    }
}
