package dev.stride.crm.pipeline;

import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.hibernate.annotations.TenantId;

/**
 * A sales pipeline and its ordered stages. Every change goes through this aggregate and bumps its version, so the
 * pipeline's ETag covers its stages. Stages are never deleted: a retired stage keeps its deals but takes no new ones.
 */
@Entity
@Table(name = "pipeline")
class Pipeline extends PanacheEntityBase {

    /** Pipeline events travel with the deals that reference them, keyed by pipeline id. */
    static final String TOPIC = "crm.deals";
    static final int MAX_STAGES = 30;

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String name;

    @Column(name = "is_default", nullable = false)
    boolean isDefault;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    @OneToMany(mappedBy = "pipeline", cascade = CascadeType.ALL)
    @OrderBy("position")
    List<Stage> stages = new ArrayList<>();

    static Pipeline open(String name, List<StageRequest> stages, boolean isDefault, Instant now) {
        Pipeline pipeline = new Pipeline();
        pipeline.id = Ids.newId();
        pipeline.name = name.strip();
        pipeline.isDefault = isDefault;
        pipeline.createdAt = now;
        pipeline.updatedAt = now;
        for (StageRequest stage : stages) {
            pipeline.requireNewStageName(stage.name(), "stages");
            pipeline.stages.add(Stage.of(pipeline, stage, pipeline.stages.size()));
        }
        return pipeline;
    }

    void rename(String newName, Instant now) {
        name = newName.strip();
        updatedAt = now;
    }

    Stage addStage(StageRequest request, Instant now) {
        if (stages.size() >= MAX_STAGES) {
            throw new ProblemException.Conflict("Pipeline " + id + " already has " + MAX_STAGES + " stages, the most "
                    + "one pipeline can hold (retired ones included).");
        }
        requireNewStageName(request.name(), "name");
        Stage stage = Stage.of(this, request, stages.size());
        stages.add(stage);
        updatedAt = now;
        return stage;
    }

    void changeStage(UUID stageId, StageRequest request, Instant now) {
        Stage stage = stage(stageId);
        if (!stage.name.equalsIgnoreCase(request.name().strip())) {
            requireNewStageName(request.name(), "name");
        }
        stage.name = request.name().strip();
        stage.probability = request.probability();
        updatedAt = now;
    }

    /** Orders the active stages as given; retired stages keep their relative order after them. */
    void reorder(List<UUID> activeStageIds, Instant now) {
        List<Stage> active = stages.stream().filter(s -> !s.retired).toList();
        if (activeStageIds.size() != active.size() || !new HashSet<>(activeStageIds)
                .equals(new HashSet<>(active.stream().map(s -> s.id).toList()))) {
            throw new ProblemException.InvalidField("stageIds", "must list each active stage of the pipeline exactly "
                    + "once (" + active.size() + " stages: " + active.stream().map(s -> s.name).toList() + ")");
        }
        renumber(s -> activeStageIds.indexOf(s.id));
        updatedAt = now;
    }

    void retireStage(UUID stageId, Instant now) {
        Stage stage = stage(stageId);
        if (stage.retired) {
            return;
        }
        if (activeStages().size() == 1) {
            throw new ProblemException.Conflict("Stage \"" + stage.name + "\" is the last active stage of pipeline \""
                    + name + "\"; add another stage before retiring it.");
        }
        stage.retired = true;
        renumber(s -> s.position);
        updatedAt = now;
    }

    /** Positions 0..n-1 in board order: active stages in their order, then retired ones in theirs. */
    private void renumber(ToIntFunction<Stage> activeOrder) {
        stages.sort(Comparator.comparing((Stage s) -> s.retired).thenComparingInt(activeOrder));
        for (int i = 0; i < stages.size(); i++) {
            stages.get(i).position = i;
        }
    }

    List<Stage> activeStages() {
        return stages.stream().filter(s -> !s.retired).toList();
    }

    Stage stage(UUID stageId) {
        return stages.stream().filter(s -> s.id.equals(stageId)).findFirst()
                .orElseThrow(() -> new ProblemException.NotFound("Stage", stageId));
    }

    /** The events carry the version, so build them after the change was flushed. */
    PipelineEvent created() {
        return PipelineEvent.of(PipelineEvent.CREATED, this, createdAt);
    }

    PipelineEvent updated() {
        return PipelineEvent.of(PipelineEvent.UPDATED, this, updatedAt);
    }

    private void requireNewStageName(String stageName, String field) {
        String wanted = stageName.strip().toLowerCase(Locale.ROOT);
        if (stages.stream().anyMatch(s -> !s.retired && s.name.toLowerCase(Locale.ROOT).equals(wanted))) {
            throw new ProblemException.InvalidField(field, "the pipeline already has an active stage named \""
                    + stageName.strip() + "\"");
        }
    }
}
