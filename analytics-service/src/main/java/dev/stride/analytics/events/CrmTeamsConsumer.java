package dev.stride.analytics.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.events.CloudEventReader.MalformedEventException;
import dev.stride.analytics.kpi.Touched;
import dev.stride.analytics.team.TeamChange;
import dev.stride.analytics.team.Teams;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code crm.teams} into the teams: who manages and who is in each, which decides who sees which KPIs. */
@ApplicationScoped
class CrmTeamsConsumer implements Topic<TeamChange> {

    static final String TOPIC = "crm.teams";
    static final String CHANNEL = "crm-teams";
    private static final String DELETED = "stride.crm.team.deleted.v1";
    private static final Set<String> TYPES = Set.of("stride.crm.team.created.v1", "stride.crm.team.renamed.v1",
            "stride.crm.team.manager-changed.v1", "stride.crm.team.member-added.v1",
            "stride.crm.team.member-removed.v1", DELETED);

    private final EventBatches batches;
    private final ObjectMapper json;
    private final Teams teams;

    CrmTeamsConsumer(EventBatches batches, ObjectMapper json, Teams teams) {
        this.batches = batches;
        this.json = json;
        this.teams = teams;
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
    public TeamChange read(CloudEvent event) throws MalformedEventException {
        return TYPES.contains(event.type())
                ? EventData.read(json, event, TeamChange.class, TeamChange::problems) : null;
    }

    @Override
    public void apply(String tenantId, List<Change<TeamChange>> changes) {
        for (Change<TeamChange> change : changes) {
            teams.apply(tenantId, change.event().time(), change.data(), DELETED.equals(change.event().type()));
        }
    }

    @Override
    public Touched touched(CloudEvent event, TeamChange team) {
        return Touched.team();
    }
}
