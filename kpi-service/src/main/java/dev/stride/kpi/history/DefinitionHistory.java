package dev.stride.kpi.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.kpi.platform.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps every version of every definition: each change records the whole definition as its API shows it, in the
 * change's transaction, so the history is exactly what was current at each version.
 */
@ApplicationScoped
public class DefinitionHistory {

    private final ObjectMapper json;
    private final CurrentTenant tenant;

    DefinitionHistory(ObjectMapper json, CurrentTenant tenant) {
        this.json = json;
        this.tenant = tenant;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, UUID id, long version, Instant at, Object state) {
        DefinitionVersion row = new DefinitionVersion();
        row.id = UUID.randomUUID();
        row.aggregateType = type;
        row.aggregateId = id;
        row.version = version;
        row.changedAt = at;
        row.changedBy = tenant.userId();
        try {
            row.state = json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise version " + version + " of " + type + " " + id, e);
        }
        row.persist();
    }

    /** The versions of one definition, newest first. */
    public List<VersionResponse> of(UUID id) {
        return DefinitionVersion.<DefinitionVersion>find("aggregateId = ?1 order by version desc", id).stream()
                .map(this::response).toList();
    }

    private VersionResponse response(DefinitionVersion row) {
        try {
            return new VersionResponse(row.version, row.changedAt, row.changedBy, json.readTree(row.state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version " + row.version + " of " + row.aggregateId + " is unreadable", e);
        }
    }
}
