package dev.stride.crm.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.imports.RecordImport;
import dev.stride.crm.platform.CurrentTenant;
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
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Turns the inbox's Standard Webhooks deliveries, in Stride's generic format, into CRM records: each delivery names a
 * record in the columns of its kind's CSV import and is applied exactly as that import applies a row (same checks,
 * same events), in its own transaction, as the admin who set up the endpoint. A delivery about a record whose later
 * change was applied already is SUPERSEDED (never moves it back); one that cannot be applied as it is FAILED with the
 * reason; any other failure (the database away) leaves it RECEIVED, tried again later with a growing backoff. The
 * other providers' deliveries wait in the inbox for their mappings. A stored delivery wakes the processor at once;
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
    private final CurrentTenant tenant;
    private final CurrentIdentityAssociation identities;
    private final ObjectMapper json;
    private final Clock clock;
    /** Sweeps at once: deliveries of one record stay in order whatever the interleaving (see {@code webhook_record}). */
    private final int parallel;
    private final ExecutorService workers;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicBoolean again = new AtomicBoolean();

    WebhookProcessor(EntityManager em, RecordImport records, CurrentTenant tenant,
            CurrentIdentityAssociation identities, ObjectMapper json, WebhookConfig config, Clock clock) {
        this.parallel = config.workers();
        this.workers = Executors.newFixedThreadPool(parallel,
                runnable -> Thread.ofPlatform().name("webhook-processor").daemon().unstarted(runnable));
        this.em = em;
        this.records = records;
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
     * next scheduled look. Up to {@code stride.webhooks.workers} sweeps run at once on the processor's own threads, each claiming
     * other deliveries; a wake-up while all run makes one of them look again before it stops.
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
            QuarkusTransaction.requiringNew().run(() -> record(pending.id(), apply(pending), null, now));
        } catch (CsvImport.RowError e) {
            fail(pending, (e.column() != null ? e.column() + ": " : "") + e.getMessage(), now);
        } catch (ProblemException e) {
            fail(pending, e.getMessage(), now);
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
                                  join webhook_endpoint e2 on e2.id = d2.endpoint_id
                                 where d2.status = 'RECEIVED' and d2.next_attempt_at <= ?1
                                   and e2.provider = 'STANDARD'
                                 order by d2.received_at, d2.id limit 1 for update of d2 skip locked)
                returning d.id, d.tenant_id, e.created_by, d.body, d.attempts""")
                .setParameter(1, now)
                .setParameter(2, now.plus(LEASE))
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.getFirst();
        return new Pending((UUID) row[0], (String) row[1], (String) row[2], (byte[]) row[3],
                ((Number) row[4]).intValue());
    }

    /** Applies the delivery as the endpoint's admin; answers PROCESSED or SUPERSEDED. */
    private String apply(Pending pending) {
        tenant.actAs(pending.tenantId(), pending.actingUser());
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(
                pending.actingUser())).addRole("admin").build());
        Change change = Change.read(json, pending.body());
        boolean latest = em.createNativeQuery("""
                insert into webhook_record (tenant_id, kind, external_id, occurred_at) values (?1, ?2, ?3, ?4)
                on conflict (tenant_id, kind, external_id) do update set occurred_at = excluded.occurred_at
                 where webhook_record.occurred_at < excluded.occurred_at""")
                .setParameter(1, pending.tenantId())
                .setParameter(2, change.kind())
                .setParameter(3, change.externalId())
                .setParameter(4, change.occurredAt())
                .executeUpdate() == 1;
        if (!latest) {
            return "SUPERSEDED";
        }
        // a record the sender does not date was born when its first applied change happened
        records.apply(change.kind(), change.values(), Map.of("createdAt", change.occurredAt().toString()));
        return "PROCESSED";
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

    /** A due delivery and whom to apply it as. */
    record Pending(UUID id, String tenantId, String actingUser, byte[] body, int attempts) {
    }

    /**
     * Stride's generic format: {@code {"kind": "deals", "externalId": "D-1001", "occurredAt": "<ISO instant>",
     * "fields": {<the kind's CSV import columns>}}}.
     */
    record Change(String kind, String externalId, Instant occurredAt, Map<String, String> values) {

        static Change read(ObjectMapper json, byte[] body) {
            JsonNode root;
            try {
                root = json.readTree(body);
            } catch (JsonProcessingException e) {
                throw new CsvImport.RowError(null, "the body is not JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (root == null || !root.isObject()) {
                throw new CsvImport.RowError(null, "the body is not a JSON object in Stride's generic format");
            }
            String kind = text(root, "kind");
            String externalId = text(root, "externalId");
            Instant occurredAt;
            try {
                occurredAt = Instant.parse(text(root, "occurredAt"));
            } catch (DateTimeParseException e) {
                throw new CsvImport.RowError("occurredAt", "is not an ISO-8601 instant such as 2026-11-28T09:00:00Z");
            }
            JsonNode fields = root.path("fields");
            if (!fields.isObject()) {
                throw new CsvImport.RowError("fields", "is required: an object of the kind's import columns");
            }
            Map<String, String> values = new LinkedHashMap<>();
            fields.properties().forEach(field -> {
                if (!field.getValue().isValueNode()) {
                    throw new CsvImport.RowError(field.getKey(), "must be a string, number or boolean");
                }
                values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
            });
            values.put("externalId", externalId);
            return new Change(kind, externalId, occurredAt, values);
        }

        private static String text(JsonNode root, String field) {
            JsonNode value = root.path(field);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw new CsvImport.RowError(field, "is required");
            }
            return value.asText().strip();
        }
    }
}
