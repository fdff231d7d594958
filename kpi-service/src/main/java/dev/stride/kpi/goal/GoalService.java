package dev.stride.kpi.goal;

import dev.stride.kpi.events.Defined;
import dev.stride.kpi.events.Outbox;
import dev.stride.kpi.events.Tombstone;
import dev.stride.kpi.history.DefinitionHistory;
import dev.stride.kpi.history.VersionResponse;
import dev.stride.kpi.metric.Metric;
import dev.stride.kpi.metric.MetricCatalogue;
import dev.stride.kpi.platform.CurrentTenant;
import dev.stride.kpi.platform.ProblemException;
import dev.stride.kpi.platform.Versions;
import dev.stride.kpi.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * KGIs and KSFs: the top of the goal tree. Every change makes a new version (kept in {@link DefinitionHistory}) and
 * publishes the whole definition to {@code kpi.definitions}; a deletion publishes a tombstone.
 */
@ApplicationScoped
public class GoalService {

    static final String KGI_DEFINED = "stride.kpi.kgi.defined.v1";
    static final String KGI_DELETED = "stride.kpi.kgi.deleted.v1";
    static final String KSF_DEFINED = "stride.kpi.ksf.defined.v1";
    static final String KSF_DELETED = "stride.kpi.ksf.deleted.v1";

    private final Outbox outbox;
    private final DefinitionHistory history;
    private final SettingsService settings;
    private final CurrentTenant tenant;
    private final Clock clock;

    GoalService(Outbox outbox, DefinitionHistory history, SettingsService settings, CurrentTenant tenant,
            Clock clock) {
        this.outbox = outbox;
        this.history = history;
        this.settings = settings;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** Whether the caller's tenant has this KGI. */
    public boolean kgiExists(UUID id) {
        return Kgi.count("id", id) > 0;
    }

    /** The name of the tenant's KGI with this id, or null. */
    public String kgiName(UUID id) {
        Kgi kgi = Kgi.findById(id);
        return kgi == null ? null : kgi.name;
    }

    /** The name of the tenant's KSF with this id, or null. */
    public String ksfName(UUID id) {
        Ksf ksf = Ksf.findById(id);
        return ksf == null ? null : ksf.name;
    }

    /** The KGI a KSF serves, or null when the tenant has no such KSF. */
    public UUID kgiOfKsf(UUID ksfId) {
        Ksf ksf = Ksf.findById(ksfId);
        return ksf == null ? null : ksf.kgiId;
    }

    @Transactional
    public KgiResponse createKgi(KgiRequest request) {
        settings.ensurePublished();
        Instant now = clock.instant();
        Kgi kgi = Kgi.create(request, direction(request), now);
        kgi.persistAndFlush();
        return published(kgi, now);
    }

    @Transactional
    KgiResponse updateKgi(UUID id, String ifMatch, KgiRequest request) {
        Kgi kgi = changeableKgi(id, ifMatch);
        Instant now = clock.instant();
        kgi.apply(request, direction(request), now);
        Kgi.flush();
        return published(kgi, now);
    }

    @Transactional
    void deleteKgi(UUID id, String ifMatch) {
        Kgi kgi = changeableKgi(id, ifMatch);
        kgi.delete();
        flushDeletion("KGI " + id + " still has KSFs or KPIs under it; delete or move them first.");
        outbox.record(tenant.id(), new Tombstone(KGI_DELETED, id.toString(), clock.instant()));
    }

    KgiResponse kgi(UUID id) {
        return KgiResponse.from(kgiOrNotFound(Kgi.findById(id), id));
    }

    public List<KgiResponse> kgis() {
        return Kgi.<Kgi>find("order by createdAt, id").stream().map(KgiResponse::from).toList();
    }

    @Transactional
    public KsfResponse createKsf(KsfRequest request) {
        requireKgi(request.kgiId());
        Instant now = clock.instant();
        Ksf ksf = Ksf.create(request, now);
        ksf.persistAndFlush();
        return published(ksf, now);
    }

    @Transactional
    KsfResponse updateKsf(UUID id, String ifMatch, KsfRequest request) {
        Ksf ksf = changeableKsf(id, ifMatch);
        requireKgi(request.kgiId());
        Instant now = clock.instant();
        ksf.apply(request, now);
        Ksf.flush();
        return published(ksf, now);
    }

    @Transactional
    void deleteKsf(UUID id, String ifMatch) {
        Ksf ksf = changeableKsf(id, ifMatch);
        ksf.delete();
        flushDeletion("KSF " + id + " still has KPIs under it; delete or move them first.");
        outbox.record(tenant.id(), new Tombstone(KSF_DELETED, id.toString(), clock.instant()));
    }

    KsfResponse ksf(UUID id) {
        return KsfResponse.from(ksfOrNotFound(Ksf.findById(id), id));
    }

    public List<KsfResponse> ksfs(UUID kgiId) {
        return (kgiId == null ? Ksf.<Ksf>find("order by createdAt, id")
                : Ksf.<Ksf>find("kgiId = ?1 order by createdAt, id", kgiId)).stream().map(KsfResponse::from).toList();
    }

    /** A KGI's versions, newest first. */
    List<VersionResponse> kgiVersions(UUID id) {
        kgiOrNotFound(Kgi.findById(id), id);
        return history.of(id);
    }

    /** A KSF's versions, newest first. */
    List<VersionResponse> ksfVersions(UUID id) {
        ksfOrNotFound(Ksf.findById(id), id);
        return history.of(id);
    }

    private KgiResponse published(Kgi kgi, Instant at) {
        KgiResponse state = KgiResponse.from(kgi);
        history.record("kgi", kgi.id, kgi.version, at, state);
        outbox.record(tenant.id(), new Defined(KGI_DEFINED, kgi.id.toString(), at, state));
        return state;
    }

    private KsfResponse published(Ksf ksf, Instant at) {
        KsfResponse state = KsfResponse.from(ksf);
        history.record("ksf", ksf.id, ksf.version, at, state);
        outbox.record(tenant.id(), new Defined(KSF_DEFINED, ksf.id.toString(), at, state));
        return state;
    }

    private static Metric.Direction direction(KgiRequest request) {
        if (!request.deadline().isAfter(request.startsOn())) {
            throw new ProblemException.InvalidField("deadline", "must be after startsOn (" + request.startsOn()
                    + ")");
        }
        if (request.metricId() == null) {
            return request.direction() != null ? request.direction() : Metric.Direction.HIGHER;
        }
        Metric metric = MetricCatalogue.require("metricId", request.metricId());
        if (request.unit() != null) {
            throw new ProblemException.InvalidField("unit", "is only for goals tracked by hand; " + metric.name()
                    + " is counted in " + metric.unit());
        }
        if (request.currentValue() != null) {
            throw new ProblemException.InvalidField("currentValue", "is only for goals tracked by hand; "
                    + metric.name() + " is computed from CRM data");
        }
        metric.requireInRange("target", request.target());
        if (request.baseline() != null) {
            metric.requireInRange("baseline", request.baseline());
        }
        return request.direction() != null ? request.direction() : metric.direction();
    }

    private void requireKgi(UUID kgiId) {
        if (!kgiExists(kgiId)) {
            throw new ProblemException.InvalidField("kgiId", "no KGI " + kgiId + " exists");
        }
    }

    /** Loads the KGI to change, locking its row until commit, so concurrent changes queue. */
    private static Kgi changeableKgi(UUID id, String ifMatch) {
        Kgi kgi = kgiOrNotFound(Kgi.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        Versions.requireMatch("KGI " + id, ifMatch, kgi.version);
        return kgi;
    }

    private static Ksf changeableKsf(UUID id, String ifMatch) {
        Ksf ksf = ksfOrNotFound(Ksf.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        Versions.requireMatch("KSF " + id, ifMatch, ksf.version);
        return ksf;
    }

    private static Kgi kgiOrNotFound(Kgi kgi, UUID id) {
        if (kgi == null) {
            throw new ProblemException.NotFound("KGI", id);
        }
        return kgi;
    }

    private static Ksf ksfOrNotFound(Ksf ksf, UUID id) {
        if (ksf == null) {
            throw new ProblemException.NotFound("KSF", id);
        }
        return ksf;
    }

    private static void flushDeletion(String stillReferenced) {
        try {
            Kgi.flush();
        } catch (PersistenceException e) {
            throw new ProblemException.Conflict(stillReferenced);
        }
    }
}
