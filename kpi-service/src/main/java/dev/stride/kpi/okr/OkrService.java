package dev.stride.kpi.okr;

import dev.stride.kpi.events.Defined;
import dev.stride.kpi.events.Outbox;
import dev.stride.kpi.events.Tombstone;
import dev.stride.kpi.history.DefinitionHistory;
import dev.stride.kpi.history.VersionResponse;
import dev.stride.kpi.kpi.KpiService;
import dev.stride.kpi.metric.MetricCatalogue;
import dev.stride.kpi.platform.CurrentTenant;
import dev.stride.kpi.platform.ProblemException;
import dev.stride.kpi.platform.Versions;
import dev.stride.kpi.settings.SettingsService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * OKRs: objectives with key results and check-ins. An objective is one aggregate on {@code kpi.definitions}: every
 * change to it or to one of its key results (a check-in included) publishes the whole objective with its key results
 * and scores. Admins and managers define them; a key result's owner checks in on it, even as a rep.
 */
@ApplicationScoped
public class OkrService {

    static final String DEFINED = "stride.kpi.objective.defined.v1";
    static final String DELETED = "stride.kpi.objective.deleted.v1";

    private final Outbox outbox;
    private final DefinitionHistory history;
    private final SettingsService settings;
    private final KpiService kpis;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final Clock clock;

    OkrService(Outbox outbox, DefinitionHistory history, SettingsService settings, KpiService kpis,
            CurrentTenant tenant, SecurityIdentity identity, Clock clock) {
        this.outbox = outbox;
        this.history = history;
        this.settings = settings;
        this.kpis = kpis;
        this.tenant = tenant;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    ObjectiveResponse create(ObjectiveRequest request) {
        settings.ensurePublished();
        requireValid(null, request);
        Instant now = clock.instant();
        Objective objective = Objective.create(request, now);
        objective.persistAndFlush();
        return published(objective, now, true);
    }

    @Transactional
    ObjectiveResponse update(UUID id, String ifMatch, ObjectiveRequest request) {
        Objective objective = changeable(id, ifMatch);
        requireValid(id, request);
        Instant now = clock.instant();
        objective.apply(request, now);
        Objective.flush();
        return published(objective, now, true);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Objective objective = changeable(id, ifMatch);
        KeyResult.delete("objectiveId", id);
        objective.delete();
        try {
            Objective.flush();
        } catch (PersistenceException stillReferenced) {
            throw new ProblemException.Conflict("Objective " + id + " still has objectives under it; delete or move "
                    + "them first.");
        }
        outbox.record(tenant.id(), new Tombstone(DELETED, id.toString(), clock.instant()));
    }

    ObjectiveResponse get(UUID id) {
        return response(orNotFound(Objective.findById(id), id));
    }

    List<ObjectiveResponse> list(LocalDate on) {
        List<Objective> objectives = on == null ? Objective.<Objective>find("order by periodStart, createdAt").list()
                : Objective.<Objective>find("periodStart <= ?1 and periodEnd >= ?1 order by periodStart, createdAt",
                        on).list();
        return objectives.stream().map(this::response).toList();
    }

    List<VersionResponse> versions(UUID id) {
        orNotFound(Objective.findById(id), id);
        return history.of(id);
    }

    @Transactional
    KeyResultResponse addKeyResult(UUID objectiveId, KeyResultRequest request) {
        Objective objective = newVersionOf(objectiveId);
        requireValid(request);
        Instant now = clock.instant();
        int position = (int) KeyResult.count("objectiveId", objectiveId);
        KeyResult keyResult = KeyResult.create(objectiveId, position, request, now);
        keyResult.persistAndFlush();
        published(objective, now, true);
        return KeyResultResponse.from(keyResult);
    }

    @Transactional
    KeyResultResponse updateKeyResult(UUID id, String ifMatch, KeyResultRequest request) {
        KeyResult keyResult = changeableKeyResult(id, ifMatch);
        requireValid(request);
        Instant now = clock.instant();
        keyResult.apply(request, now);
        Objective objective = newVersionOf(keyResult.objectiveId);
        KeyResult.flush();
        published(objective, now, true);
        return KeyResultResponse.from(keyResult);
    }

    @Transactional
    void deleteKeyResult(UUID id, String ifMatch) {
        KeyResult keyResult = changeableKeyResult(id, ifMatch);
        keyResult.delete();
        Objective objective = newVersionOf(keyResult.objectiveId);
        KeyResult.flush();
        published(objective, clock.instant(), true);
    }

    /** A check-in moves the key result; admins, managers and the key result's owner may check in. */
    @Transactional
    CheckInResponse checkIn(UUID keyResultId, CheckInRequest request) {
        KeyResult keyResult = keyResultOrNotFound(KeyResult.findById(keyResultId, LockModeType.PESSIMISTIC_WRITE),
                keyResultId);
        if (!identity.hasRole("admin") && !identity.hasRole("manager")
                && !tenant.userId().equals(keyResult.ownerId)) {
            throw new ProblemException.Forbidden("Only the key result's owner, a manager or an admin can check in on "
                    + "it.");
        }
        Instant now = clock.instant();
        keyResult.checkIn(request.value(), request.confidence(), now);
        CheckIn checkIn = new CheckIn();
        checkIn.id = UUID.randomUUID();
        checkIn.keyResultId = keyResultId;
        checkIn.value = request.value();
        checkIn.confidence = request.confidence();
        checkIn.note = request.note();
        checkIn.authorId = tenant.userId();
        checkIn.checkedInAt = now;
        checkIn.persist();
        KeyResult.flush();
        published(Objective.findById(keyResult.objectiveId), now, false);
        return CheckInResponse.from(checkIn);
    }

    List<CheckInResponse> checkIns(UUID keyResultId) {
        keyResultOrNotFound(KeyResult.findById(keyResultId), keyResultId);
        return CheckIn.<CheckIn>find("keyResultId = ?1 order by checkedInAt desc", keyResultId).stream()
                .map(CheckInResponse::from).toList();
    }

    /** Publishes the objective whole; a definition change (not a check-in) is also kept as a version. */
    private ObjectiveResponse published(Objective objective, Instant at, boolean newVersion) {
        ObjectiveResponse state = response(objective);
        if (newVersion) {
            history.record("objective", objective.id, objective.version, at, state);
        }
        outbox.record(tenant.id(), new Defined(DEFINED, objective.id.toString(), at, state));
        return state;
    }

    private ObjectiveResponse response(Objective objective) {
        return ObjectiveResponse.from(objective,
                KeyResult.<KeyResult>find("objectiveId = ?1 order by position", objective.id).list());
    }

    private static void requireValid(UUID id, ObjectiveRequest request) {
        if (!request.periodEnd().isAfter(request.periodStart())) {
            throw new ProblemException.InvalidField("periodEnd", "must be after periodStart (" + request.periodStart()
                    + ")");
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID above = request.parentObjectiveId(); above != null; ) {
            if (above.equals(id) || !seen.add(above)) {
                throw new ProblemException.InvalidField("parentObjectiveId", "objective " + request.parentObjectiveId()
                        + " is this objective or one under it; an objective cannot be under itself");
            }
            Objective parent = Objective.findById(above);
            if (parent == null) {
                throw new ProblemException.InvalidField("parentObjectiveId", "no objective " + above + " exists");
            }
            above = parent.parentObjectiveId;
        }
    }

    private void requireValid(KeyResultRequest request) {
        if (request.metricId() != null) {
            MetricCatalogue.require("metricId", request.metricId());
        }
        if (request.kpiId() != null && !kpis.exists(request.kpiId())) {
            throw new ProblemException.InvalidField("kpiId", "no KPI " + request.kpiId() + " exists");
        }
        if (request.targetValue().compareTo(request.startValue()) == 0) {
            throw new ProblemException.InvalidField("targetValue", "must differ from startValue, or there is nothing "
                    + "to reach");
        }
    }

    private static Objective changeable(UUID id, String ifMatch) {
        Objective objective = orNotFound(Objective.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        Versions.requireMatch("Objective " + id, ifMatch, objective.version);
        return objective;
    }

    /** The objective of a changing key result, locked, whose version the change increments (it is one aggregate). */
    private static Objective newVersionOf(UUID id) {
        return orNotFound(Objective.findById(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT), id);
    }

    private static KeyResult changeableKeyResult(UUID id, String ifMatch) {
        KeyResult keyResult = keyResultOrNotFound(KeyResult.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        Versions.requireMatch("Key result " + id, ifMatch, keyResult.version);
        return keyResult;
    }

    private static Objective orNotFound(Objective objective, UUID id) {
        if (objective == null) {
            throw new ProblemException.NotFound("Objective", id);
        }
        return objective;
    }

    private static KeyResult keyResultOrNotFound(KeyResult keyResult, UUID id) {
        if (keyResult == null) {
            throw new ProblemException.NotFound("Key result", id);
        }
        return keyResult;
    }
}
