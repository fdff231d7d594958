package dev.stride.crm.pipeline;

import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What deals may ask about pipelines and stages (of the caller's tenant, as always). */
@ApplicationScoped
public class PipelineDirectory {

    private final PipelineService pipelines;

    PipelineDirectory(PipelineService pipelines) {
        this.pipelines = pipelines;
    }

    /**
     * Where a new deal starts: the named stage, else the first active stage of the named pipeline, else that of the
     * default pipeline. A stage that is unknown, retired or of another pipeline than the one named is a 400.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StageRef placement(UUID pipelineId, UUID stageId) {
        if (stageId != null) {
            Stage stage = activeStage(stageId);
            if (pipelineId != null && !stage.pipeline.id.equals(pipelineId)) {
                throw otherPipeline(stage, pipelineId);
            }
            return StageRef.of(stage);
        }
        if (pipelineId == null) {
            return pipelines.defaultStart();
        }
        Pipeline pipeline = Pipeline.findById(pipelineId);
        if (pipeline == null) {
            throw new ProblemException.InvalidField("pipelineId", "no pipeline " + pipelineId + " exists; "
                    + "GET /pipelines lists yours");
        }
        return StageRef.of(pipeline.activeStages().getFirst());
    }

    /**
     * The active stage named {@code stageName} of the pipeline named {@code pipelineName} (case-insensitive; no
     * pipeline name: the default pipeline; no stage name: its first active stage), else a 400 naming
     * {@code pipeline} or {@code stage}. For imports, which name stages as people do.
     */
    @Transactional
    public StageRef byName(String pipelineName, String stageName) {
        Pipeline pipeline = pipelineName == null ? pipelines.ensureDefault()
                : Pipeline.<Pipeline> find("lower(name) = ?1", pipelineName.toLowerCase()).firstResult();
        if (pipeline == null) {
            throw new ProblemException.InvalidField("pipeline", "no pipeline is called \"" + pipelineName + "\"");
        }
        if (stageName == null) {
            return StageRef.of(pipeline.activeStages().getFirst());
        }
        return pipeline.activeStages().stream().filter(s -> s.name.equalsIgnoreCase(stageName)).findFirst()
                .map(StageRef::of)
                .orElseThrow(() -> new ProblemException.InvalidField("stage", "pipeline \"" + pipeline.name
                        + "\" has no active stage called \"" + stageName + "\" (its stages: " + pipeline.activeStages()
                        .stream().map(s -> s.name).toList() + ")"));
    }

    /** A stage a deal of {@code pipelineId} may move into: active and of the same pipeline, else a 400. */
    public StageRef moveTarget(UUID pipelineId, UUID stageId) {
        Stage stage = activeStage(stageId);
        if (!stage.pipeline.id.equals(pipelineId)) {
            throw otherPipeline(stage, pipelineId);
        }
        return StageRef.of(stage);
    }

    /** A stage a deal already references, retired or not. */
    public StageRef stage(UUID stageId) {
        Stage stage = Stage.findById(stageId);
        if (stage == null) {
            throw new IllegalStateException("Stage " + stageId + " is referenced but does not exist");
        }
        return StageRef.of(stage);
    }

    /** Every stage of the tenant by id, to describe a page of deals with one query. */
    public Map<UUID, StageRef> stages() {
        return Stage.<Stage> find("select s from Stage s join fetch s.pipeline").stream()
                .map(StageRef::of).collect(Collectors.toMap(StageRef::stageId, Function.identity()));
    }

    private static Stage activeStage(UUID stageId) {
        Stage stage = Stage.findById(stageId);
        if (stage == null) {
            throw new ProblemException.InvalidField("stageId", "no stage " + stageId + " exists in your pipelines; "
                    + "GET /pipelines lists them");
        }
        if (stage.retired) {
            throw new ProblemException.InvalidField("stageId", "stage \"" + stage.name + "\" is retired and takes no "
                    + "deals; pick an active stage");
        }
        return stage;
    }

    private static ProblemException otherPipeline(Stage stage, UUID pipelineId) {
        return new ProblemException.InvalidField("stageId", "stage \"" + stage.name + "\" belongs to pipeline \""
                + stage.pipeline.name + "\", not to pipeline " + pipelineId);
    }
}
