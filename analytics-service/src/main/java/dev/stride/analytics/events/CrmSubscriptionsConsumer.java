package dev.stride.analytics.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.events.CloudEventReader.MalformedEventException;
import dev.stride.analytics.kpi.Touched;
import dev.stride.analytics.metric.Metric;
import dev.stride.analytics.subscription.SubscriptionChange;
import dev.stride.analytics.subscription.SubscriptionFacts;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code crm.subscriptions} into the subscription facts and their MRR changes. */
@ApplicationScoped
class CrmSubscriptionsConsumer implements Topic<SubscriptionChange> {

    static final String TOPIC = "crm.subscriptions";
    static final String CHANNEL = "crm-subscriptions";
    private static final String CHANGED = "stride.crm.subscription.changed.v1";
    private static final String DELETED = "stride.crm.subscription.deleted.v1";
    private static final Set<String> TYPES = Set.of("stride.crm.subscription.started.v1",
            "stride.crm.subscription.updated.v1", CHANGED, "stride.crm.subscription.renewed.v1",
            "stride.crm.subscription.cancelled.v1", DELETED);
    private static final Touched TOUCHED = Touched.metrics(Metric.from(Metric.Source.SUBSCRIPTIONS));

    private final EventBatches batches;
    private final ObjectMapper json;
    private final SubscriptionFacts subscriptions;

    CrmSubscriptionsConsumer(EventBatches batches, ObjectMapper json, SubscriptionFacts subscriptions) {
        this.batches = batches;
        this.json = json;
        this.subscriptions = subscriptions;
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
    public SubscriptionChange read(CloudEvent event) throws MalformedEventException {
        boolean mrrChange = CHANGED.equals(event.type());
        return TYPES.contains(event.type()) ? EventData.read(json, event, SubscriptionChange.class,
                subscription -> subscription.problems(mrrChange)) : null;
    }

    @Override
    public void apply(String tenantId, List<Change<SubscriptionChange>> changes) {
        for (Change<SubscriptionChange> change : changes) {
            String type = change.event().type();
            subscriptions.apply(tenantId, change.event().time(), change.data(), CHANGED.equals(type),
                    DELETED.equals(type));
        }
    }

    @Override
    public Touched touched(CloudEvent event, SubscriptionChange subscription) {
        return TOUCHED;
    }
}
