package dev.stride.crm.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.imports.RecordImport;
import dev.stride.crm.lead.LeadStatuses;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Problem;
import dev.stride.crm.platform.ProblemException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Turns the inbox's deliveries into CRM records: each provider's delivery is read as the changes it asks for
 * ({@link GenericFormat}, {@link HubSpotEvents}, {@link PipedriveEvents}, {@link SalesforceOutboundMessages}, with the
 * endpoint's {@link WebhookMapping}), and each change is applied exactly as an import applies a row (same checks, same
 * events), all of a delivery in one transaction, as the admin who set up the endpoint. A change older than what was
 * applied for its record (or its property) already is skipped, so a late delivery never moves a record back; a
 * delivery all of whose changes are skipped is SUPERSEDED. One that cannot be applied as it is (an unmapped stage, a
 * missing field) is FAILED with the reason, for an admin to replay after fixing it; any other failure (the database
 * away) leaves it RECEIVED, tried again later with a growing backoff. A stored delivery wakes the processor at once;
 * a scheduled look every {@code stride.webhooks.process-every} picks up retries.
 */
@ApplicationScoped
class WebhookProcessor {

    private static final Logger LOG = Logger.getLogger(WebhookProcessor.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final int BATCH = 1_000;
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final EntityManager em;
    private final RecordImport records;
    private final LeadStatuses leadStatuses;
    private final CurrentTenant tenant;
    private final CurrentIdentityAssociation identities;
    private final ObjectMapper json;
    private final Clock clock;
    /** Sweeps at once: changes of one record stay in order whatever the interleaving (see {@code webhook_record}). */
    private final int parallel;
    private final ExecutorService workers;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicBoolean again = new AtomicBoolean();

    WebhookProcessor(EntityManager em, RecordImport records, LeadStatuses leadStatuses, CurrentTenant tenant,
            CurrentIdentityAssociation identities, ObjectMapper json, WebhookConfig config, Clock clock) {
        this.parallel = config.workers();
        this.workers = Executors.newFixedThreadPool(parallel,
                runnable -> Thread.ofPlatform().name("webhook-processor").daemon().unstarted(runnable));
        this.em = em;
        this.records = records;
        this.leadStatuses = leadStatuses;
        this.tenant = tenant;
        this.identities = identities;
        this.json = json;
        this.clock = clock;
    }

    /** Looks for due deliveries every so often: those whose retry time came, and any a wake-up missed. */
    @Scheduled(every = "${stride.webhooks.process-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        wake();
    }

    /**
     * Asks for a sweep soon: right after a delivery was stored, so it is applied in milliseconds rather than at the
     * next scheduled look. Up to {@code stride.webhooks.workers} sweeps run at once on the processor's own threads,
     * each claiming other deliveries; a wake-up while all run makes one of them look again before it stops.
     */
    void wake() {
        while (true) {
            int running = active.get();
            if (running >= parallel) {
                again.set(true);
                if (active.get() >= parallel) {
                    return;
                }
            } else if (active.compareAndSet(running, running + 1)) {
                break;
            }
        }
        workers.execute(() -> {
            try {
                do {
                    again.set(false);
                    sweep();
                } while (again.get());
            } catch (RuntimeException e) {
                LOG.warnf(e, "A webhook sweep failed; the next one goes on");
            } finally {
                active.decrementAndGet();
                if (again.get()) {
                    wake(); // asked for while this sweep was stopping
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Applies what is due, oldest first, until nothing is: each delivery in a transaction and a request context of its
     * own, as one request of the endpoint's admin (so nothing a request caches outlives it).
     */
    private void sweep() {
        int processed = 0;
        boolean more = true;
        while (processed < BATCH && more) {
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                more = next();
            } finally {
                request.terminate();
            }
            processed++;
        }
    }

    /**
     * Claims the oldest due delivery and applies it, recording the outcome in the same transaction; false when none is
     * due. A delivery that cannot be applied rolls that transaction back and is then marked FAILED in one of its own.
     */
    private boolean next() {
        Instant now = clock.instant();
        Pending pending = QuarkusTransaction.requiringNew().call(() -> claim(now));
        if (pending == null) {
            return false;
        }
        try {
            // a transaction of its own, begun after the tenant is bound (Hibernate takes the tenant at its start)
            QuarkusTransaction.requiringNew().run(() -> {
                Outcome outcome = apply(pending);
                record(pending.id(), outcome.status(), outcome.reason(), now);
            });
        } catch (CsvImport.RowError e) {
            fail(pending, (e.column() != null ? e.column() + ": " : "") + e.getMessage(), now);
        } catch (ProblemException e) {
            List<Problem.FieldError> fields = e.errors();
            fail(pending, fields.isEmpty() ? e.getMessage()
                    : fields.getFirst().field() + ": " + fields.getFirst().message(), now);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery %s could not be applied; it is tried again later", pending.id());
            retry(pending, e.toString(), now);
        }
        return true;
    }

    /**
     * Claims the oldest due delivery for a lease: no other worker or instance takes it meanwhile ({@code skip
     * locked}), and after a crash it is due again when the lease ends.
     */
    private Pending claim(Instant now) {
        List<?> rows = em.createNativeQuery("""
                update webhook_delivery d set next_attempt_at = ?2
                  from webhook_endpoint e
                 where e.id = d.endpoint_id
                   and d.id = (select d2.id from webhook_delivery d2
                                 where d2.status = 'RECEIVED' and d2.next_attempt_at <= ?1
                                 order by d2.received_at, d2.id limit 1 for update of d2 skip locked)
                returning d.id, d.tenant_id, e.created_by, e.provider, cast(e.mapping as text), d.body, d.received_at,
                          d.attempts""")
                .setParameter(1, now)
                .setParameter(2, now.plus(LEASE))
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.getFirst();
        return new Pending((UUID) row[0], (String) row[1], (String) row[2], WebhookProvider.valueOf((String) row[3]),
                (String) row[4], (byte[]) row[5], (Instant) row[6], ((Number) row[7]).intValue());
    }

    /** Applies the delivery's changes as the endpoint's admin, in order. */
    private Outcome apply(Pending pending) {
        tenant.actAs(pending.tenantId(), pending.actingUser());
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(
                pending.actingUser())).addRole("admin").build());
        DeliveryChanges delivery = read(pending);
        int applied = 0;
        for (RecordChange change : delivery.changes()) {
            if (latest(pending.tenantId(), change)) {
                apply(change, pending.tenantId());
                applied++;
            }
        }
        String reason = delivery.ignored().isEmpty() ? null : "Not mapped: " + String.join(", ", delivery.ignored());
        if (reason != null && reason.length() > 1_000) {
            reason = reason.substring(0, 999) + "…";
        }
        return new Outcome(applied == 0 && !delivery.changes().isEmpty() ? "SUPERSEDED" : "PROCESSED", reason);
    }

    private DeliveryChanges read(Pending pending) {
        if (pending.provider() == WebhookProvider.SALESFORCE) {
            return SalesforceOutboundMessages.changes(pending.body(), mapping(pending), pending.receivedAt());
        }
        JsonNode root;
        try {
            root = json.readTree(pending.body());
        } catch (JsonProcessingException e) {
            throw new CsvImport.RowError(null, "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return switch (pending.provider()) {
            case STANDARD -> GenericFormat.read(root);
            case HUBSPOT -> HubSpotEvents.read(root, mapping(pending));
            case PIPEDRIVE -> PipedriveEvents.read(root, mapping(pending), pending.receivedAt());
            case SALESFORCE -> throw new IllegalStateException("read above");
        };
    }

    private WebhookMapping mapping(Pending pending) {
        if (pending.mapping() == null) {
            return WebhookMapping.defaults(pending.provider());
        }
        try {
            return json.readValue(pending.mapping(), WebhookMapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored webhook mapping is unreadable", e);
        }
    }

    /**
     * Whether nothing later than the change was applied for its record as a whole or for its aspect; if so, records
     * it as the latest. Changes of one record are serialized (a lock on the record's key) across workers and instances.
     */
    private boolean latest(String tenantId, RecordChange change) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, tenantId + "\n" + change.kind() + "\n" + change.externalId())
                .getSingleResult();
        long later = ((Number) em.createNativeQuery("""
                select count(*) from webhook_record
                 where tenant_id = ?1 and kind = ?2 and external_id = ?3
                   and ((aspect = ?4 and occurred_at >= ?5) or (aspect = '' and ?4 <> '' and occurred_at > ?5))""")
                .setParameter(1, tenantId)
                .setParameter(2, change.kind())
                .setParameter(3, change.externalId())
                .setParameter(4, change.aspect())
                .setParameter(5, change.occurredAt())
                .getSingleResult()).longValue();
        if (later > 0) {
            return false;
        }
        em.createNativeQuery("""
                insert into webhook_record (tenant_id, kind, external_id, aspect, occurred_at, value)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (tenant_id, kind, external_id, aspect)
                do update set occurred_at = excluded.occurred_at, value = excluded.value""")
                .setParameter(1, tenantId)
                .setParameter(2, change.kind())
                .setParameter(3, change.externalId())
                .setParameter(4, change.aspect())
                .setParameter(5, change.occurredAt())
                .setParameter(6, change.value())
                .executeUpdate();
        return true;
    }

    private void apply(RecordChange change, String tenantId) {
        if (change.delete()) {
            records.delete(change.kind(), change.externalId());
            return;
        }
        Map<String, String> values = new HashMap<>(change.values());
        // a record the sender does not date was born when its first applied change happened
        Map<String, String> defaults = new HashMap<>(change.defaults());
        defaults.putIfAbsent("createdAt", change.occurredAt().toString());
        if (change.composed() != null) {
            String composed = composed(tenantId, change);
            if (composed != null) {
                values.put(change.composed().column(), composed);
            } else {
                defaults.put(change.composed().column(), change.composed().placeholder());
            }
        }
        records.apply(change.kind(), values, defaults);
        if (change.leadStatus() != null) {
            leadStatuses.change(change.externalId(), change.leadStatus().status(), change.leadStatus().reason(),
                    change.occurredAt());
        }
    }

    /** The composed column from the record's remembered properties, or null when none of them is known. */
    private String composed(String tenantId, RecordChange change) {
        Map<String, String> remembered = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                select aspect, value from webhook_record
                 where tenant_id = ?1 and kind = ?2 and external_id = ?3 and value is not null""")
                .setParameter(1, tenantId)
                .setParameter(2, change.kind())
                .setParameter(3, change.externalId())
                .getResultList()) {
            Object[] columns = (Object[]) row;
            remembered.put((String) columns[0], (String) columns[1]);
        }
        List<String> parts = change.composed().properties().stream().map(remembered::get)
                .filter(part -> part != null && !part.isBlank()).map(String::strip).toList();
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** Records the outcome of a delivery, in the current transaction. */
    private void record(UUID id, String status, String reason, Instant now) {
        em.createNativeQuery("""
                update webhook_delivery set status = ?2, reason = ?3, processed_at = ?4, attempts = attempts + 1
                 where id = ?1""")
                .setParameter(1, id)
                .setParameter(2, status)
                .setParameter(3, reason)
                .setParameter(4, now)
                .executeUpdate();
    }

    private void fail(Pending pending, String reason, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> record(pending.id(), "FAILED", reason, now));
    }

    private void retry(Pending pending, String reason, Instant now) {
        Duration backoff = Duration.ofSeconds(1L << Math.min(pending.attempts(), 10));
        Instant next = now.plus(backoff.compareTo(MAX_BACKOFF) < 0 ? backoff : MAX_BACKOFF);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update webhook_delivery set attempts = attempts + 1, reason = ?2, next_attempt_at = ?3 where id = ?1""")
                .setParameter(1, pending.id())
                .setParameter(2, reason)
                .setParameter(3, next)
                .executeUpdate());
    }

    /** A due delivery, whom to apply it as, and how its provider's names map (null: the provider's defaults). */
    record Pending(UUID id, String tenantId, String actingUser, WebhookProvider provider, String mapping, byte[] body,
            Instant receivedAt, int attempts) {
    }

    /** How a delivery ended, and what of it was not mapped. */
    private record Outcome(String status, String reason) {
    }
}
