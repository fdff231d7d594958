package dev.stride.crm.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stride.crm.events.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code stride.crm.pipeline.created|updated.v1} on {@value Pipeline#TOPIC}: the whole pipeline with every stage
 * (retired ones included), so analytics can weigh open deals by their stage's current probability.
 */
record PipelineEvent(@JsonIgnore String type, @JsonIgnore Instant occurredAt, UUID pipelineId, String name,
        boolean isDefault, List<StageState> stages, Instant createdAt, Instant updatedAt, long version)
        implements DomainEvent {

    static final String CREATED = "stride.crm.pipeline.created.v1";
    static final String UPDATED = "stride.crm.pipeline.updated.v1";

    record StageState(UUID stageId, String name, int probability, int position, boolean retired) {
    }

    static PipelineEvent of(String type, Pipeline pipeline, Instant at) {
        return new PipelineEvent(type, at, pipeline.id, pipeline.name, pipeline.isDefault,
                pipeline.stages.stream().map(s -> new StageState(s.id, s.name, s.probability, s.position, s.retired))
                        .toList(),
                pipeline.createdAt, pipeline.updatedAt, pipeline.version);
    }

    @Override
    public String topic() {
        return Pipeline.TOPIC;
    }

    @Override
    public String aggregateId() {
        return pipelineId.toString();
    }
}
