package dev.stride.crm.pipeline;

import dev.stride.crm.events.Outbox;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.query.NativeQuery;

/** Pipeline use cases. Only admins change pipelines (the resource says so); every change publishes the pipeline. */
@ApplicationScoped
class PipelineService {

    static final String DEFAULT_NAME = "Sales";
    static final List<StageRequest> DEFAULT_STAGES = List.of(new StageRequest("Qualification", 10),
            new StageRequest("Needs analysis", 25), new StageRequest("Proposal", 50),
            new StageRequest("Negotiation", 75), new StageRequest("Contract", 90));
    /** {@link #DEFAULT_STAGES} for the API documentation, which needs a constant. */
    static final String DEFAULT_STAGE_NAMES = "Qualification 10 %, Needs analysis 25 %, Proposal 50 %, "
            + "Negotiation 75 %, Contract 90 %";

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final EntityManager em;
    private final Clock clock;

    PipelineService(Outbox outbox, CurrentTenant tenant, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.em = em;
        this.clock = clock;
    }

    /** Every pipeline of the tenant, the default first; a tenant without one gets its default pipeline now. */
    @Transactional
    List<PipelineResponse> list() {
        ensureDefault();
        return Pipeline.<Pipeline> list("order by isDefault desc, createdAt, id").stream()
                .map(PipelineResponse::from).toList();
    }

    PipelineResponse get(UUID id) {
        return PipelineResponse.from(find(id));
    }

    @Transactional
    PipelineResponse create(PipelineRequest request) {
        ensureDefault();
        Pipeline pipeline = Pipeline.open(request.name(), request.stages() != null ? request.stages() : DEFAULT_STAGES,
                false, clock.instant());
        pipeline.persistAndFlush();
        outbox.record(tenant.id(), pipeline.created());
        return PipelineResponse.from(pipeline);
    }

    @Transactional
    PipelineResponse rename(UUID id, String ifMatch, PipelineRename request) {
        return change(id, ifMatch, pipeline -> pipeline.rename(request.name(), clock.instant()));
    }

    @Transactional
    PipelineResponse addStage(UUID id, String ifMatch, StageRequest request) {
        return change(id, ifMatch, pipeline -> pipeline.addStage(request, clock.instant()));
    }

    @Transactional
    PipelineResponse changeStage(UUID id, UUID stageId, String ifMatch, StageRequest request) {
        return change(id, ifMatch, pipeline -> pipeline.changeStage(stageId, request, clock.instant()));
    }

    @Transactional
    PipelineResponse reorder(UUID id, String ifMatch, StageOrderRequest request) {
        return change(id, ifMatch, pipeline -> pipeline.reorder(request.stageIds(), clock.instant()));
    }

    @Transactional
    PipelineResponse retireStage(UUID id, UUID stageId, String ifMatch) {
        return change(id, ifMatch, pipeline -> pipeline.retireStage(stageId, clock.instant()));
    }

    /**
     * The first active stage of the default pipeline, which a tenant without one gets now. Where most deals start, so
     * one native statement: Hibernate translates every HQL query afresh while the tenant filter is enabled (it caches
     * no plan for a session with filters), which made this lookup a seventh of a deal create's CPU time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    StageRef defaultStart() {
        List<?> rows = em.createNativeQuery("""
                select p.id, p.name, s.id, s.name, s.probability from pipeline p join stage s on s.pipeline_id = p.id
                 where p.tenant_id = ?1 and p.is_default and not s.retired order by s.position limit 1""")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("pipeline")
                .addSynchronizedQuerySpace("stage")
                .setParameter(1, tenant.id())
                .getResultList();
        if (rows.isEmpty()) {
            return StageRef.of(ensureDefault().activeStages().getFirst());
        }
        Object[] first = (Object[]) rows.getFirst();
        return new StageRef((UUID) first[0], (String) first[1], (UUID) first[2], (String) first[3],
                ((Number) first[4]).intValue(), false);
    }

    /**
     * The tenant's default pipeline, created with the default stages on first use. Concurrent first uses queue on a
     * transaction-scoped advisory lock, so exactly one of them creates it and the others see it after the lock.
     */
    @Transactional
    Pipeline ensureDefault() {
        Pipeline found = Pipeline.find("isDefault = true").firstResult();
        if (found != null) {
            return found;
        }
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                .setParameter(1, "stride.crm.default-pipeline/" + tenant.id()).getSingleResult();
        found = Pipeline.find("isDefault = true").firstResult();
        if (found != null) {
            return found;
        }
        Pipeline pipeline = Pipeline.open(DEFAULT_NAME, DEFAULT_STAGES, true, clock.instant());
        pipeline.persistAndFlush();
        outbox.record(tenant.id(), pipeline.created());
        return pipeline;
    }

    private PipelineResponse change(UUID id, String ifMatch, Consumer<Pipeline> change) {
        Pipeline pipeline = find(id);
        Versions.requireMatch("Pipeline " + id, ifMatch, pipeline.version);
        long before = pipeline.version;
        change.accept(pipeline);
        Pipeline.flush();
        if (pipeline.version != before) {
            outbox.record(tenant.id(), pipeline.updated());
        }
        return PipelineResponse.from(pipeline);
    }

    private static Pipeline find(UUID id) {
        Pipeline pipeline = Pipeline.findById(id);
        if (pipeline == null) {
            throw new ProblemException.NotFound("Pipeline", id);
        }
        return pipeline;
    }
}
