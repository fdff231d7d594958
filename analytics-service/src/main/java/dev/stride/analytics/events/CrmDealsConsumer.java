package dev.stride.analytics.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.deal.DealChange;
import dev.stride.analytics.deal.DealFacts;
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

/** {@code crm.deals} into the deal facts. Pipeline events on the same topic are not needed and skipped. */
@ApplicationScoped
class CrmDealsConsumer implements Topic<DealChange> {

    static final String TOPIC = "crm.deals";
    /** The channel reading {@value #TOPIC} (channel names mirror topic names, with dashes). */
    static final String CHANNEL = "crm-deals";
    private static final String DELETED = "stride.crm.deal.deleted.v1";
    private static final Set<String> TYPES = Set.of("stride.crm.deal.created.v1", "stride.crm.deal.updated.v1",
            "stride.crm.deal.stage-changed.v1", "stride.crm.deal.won.v1", "stride.crm.deal.lost.v1",
            "stride.crm.deal.reopened.v1", DELETED);
    private static final Touched TOUCHED = Touched.metrics(Metric.from(Metric.Source.DEALS));

    private final EventBatches batches;
    private final ObjectMapper json;
    private final DealFacts deals;

    CrmDealsConsumer(EventBatches batches, ObjectMapper json, DealFacts deals) {
        this.batches = batches;
        this.json = json;
        this.deals = deals;
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
    public DealChange read(CloudEvent event) throws MalformedEventException {
        return TYPES.contains(event.type())
                ? EventData.read(json, event, DealChange.class, DealChange::problems) : null;
    }

    @Override
    public void apply(String tenantId, List<Change<DealChange>> changes) {
        deals.apply(tenantId, changes.stream().map(change -> new FactEvent<>(change.data(), change.event().time(),
                DELETED.equals(change.event().type()))).toList());
    }

    @Override
    public Touched touched(CloudEvent event, DealChange deal) {
        return TOUCHED;
    }
}
