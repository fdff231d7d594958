package dev.stride.crm.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.TeamScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records domain events in the caller's transaction. The change and its events commit or roll back together;
 * {@link OutboxRelay} publishes them after the commit.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final TeamScope teams;

    Outbox(ObjectMapper json, TeamScope teams) {
        this.json = json;
        this.teams = teams;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String tenantId, DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = Ids.newId();
        row.tenantId = tenantId;
        row.topic = event.topic();
        row.aggregateId = event.aggregateId();
        row.type = event.type();
        row.occurredAt = event.occurredAt();
        row.payload = toJson(tenantId, event);
        row.persist();
    }

    private String toJson(String tenantId, DomainEvent event) {
        try {
            if (!(event instanceof OwnedEvent owned)) {
                return json.writeValueAsString(event);
            }
            ObjectNode data = json.valueToTree(event);
            ObjectNode withTeam = json.createObjectNode();
            UUID team = teams.teamOf(tenantId, owned.ownerId());
            data.properties().forEach(field -> {
                withTeam.set(field.getKey(), field.getValue());
                if (field.getKey().equals("ownerId")) {
                    withTeam.put("ownerTeamId", team != null ? team.toString() : null);
                }
            });
            return json.writeValueAsString(withTeam);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + event.type(), e);
        }
    }
}
