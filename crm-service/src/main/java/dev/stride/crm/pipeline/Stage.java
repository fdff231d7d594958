package dev.stride.crm.pipeline;

import dev.stride.crm.platform.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One step of a {@link Pipeline}, changed only through it. */
@Entity
@Table(name = "stage")
class Stage extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pipeline_id")
    Pipeline pipeline;

    @Column(nullable = false)
    String name;

    /** Percent chance that a deal in this stage is won, 0-100. */
    @Column(nullable = false)
    int probability;

    @Column(nullable = false)
    int position;

    @Column(nullable = false)
    boolean retired;

    static Stage of(Pipeline pipeline, StageRequest request, int position) {
        Stage stage = new Stage();
        stage.id = Ids.newId();
        stage.pipeline = pipeline;
        stage.name = request.name().strip();
        stage.probability = request.probability();
        stage.position = position;
        return stage;
    }
}
