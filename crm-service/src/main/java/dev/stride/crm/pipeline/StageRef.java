package dev.stride.crm.pipeline;

import java.util.UUID;

/** What a deal needs to know of its stage: where it sits, what it is called, how likely it is to be won. */
public record StageRef(UUID pipelineId, String pipelineName, UUID stageId, String stageName, int probability,
        boolean retired) {

    static StageRef of(Stage stage) {
        return new StageRef(stage.pipeline.id, stage.pipeline.name, stage.id, stage.name, stage.probability,
                stage.retired);
    }
}
