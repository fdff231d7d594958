package dev.stride.analytics.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.events.CloudEventReader.MalformedEventException;
import dev.stride.analytics.kpi.Touched;
import dev.stride.analytics.lead.LeadChange;
import dev.stride.analytics.lead.LeadFacts;
import dev.stride.analytics.metric.FactEvent;
import dev.stride.analytics.metric.Metric;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code crm.leads} into the lead facts. */
@ApplicationScoped
class CrmLeadsConsumer implements Topic<LeadChange> {

    static final String TOPIC = "crm.leads";
    static final String CHANNEL = "crm-leads";
    private static final String DELETED = "stride.crm.lead.deleted.v1";
    private static final Set<String> TYPES = Set.of("stride.crm.lead.created.v1", "stride.crm.lead.updated.v1",
            "stride.crm.lead.status-changed.v1", "stride.crm.lead.converted.v1", DELETED);
    private static final Touched TOUCHED = Touched.metrics(Metric.from(Metric.Source.LEADS));

    private final EventBatches batches;
    private final ObjectMapper json;
    private final LeadFacts leads;

    CrmLeadsConsumer(EventBatches batches, ObjectMapper json, LeadFacts leads) {
        this.batches = batches;
        this.json = json;
        this.leads = leads;
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
    public LeadChange read(CloudEvent event) throws MalformedEventException {
        return TYPES.contains(event.type())
                ? EventData.read(json, event, LeadChange.class, LeadChange::problems) : null;
    }

    @Override
    public void apply(String tenantId, List<Change<LeadChange>> changes) {
        leads.apply(tenantId, changes.stream().map(change -> new FactEvent<>(change.data(), change.event().time(),
                DELETED.equals(change.event().type()))).toList());
    }

    @Override
    public Touched touched(CloudEvent event, LeadChange lead) {
        return TOUCHED;
    }
}
