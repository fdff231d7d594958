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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Turns the inbox's deliveries into CRM records: each provider's delivery is read as the changes it asks for
 * ({@link GenericFormat}, {@link HubSpotEvents}, {@link PipedriveEvents}, {@link SalesforceOutboundMessages}, with the
 * endpoint's {@link WebhookMapping}), and each change is applied exactly as an import applies a row (same checks, same
 * events), as the admin who set up the endpoint: the due deliveries of an endpoint up to {@link #CLAIM} in one
 * transaction, or, when one of them fails, each in a transaction of its own. A change older than what was
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
    /** Deliveries one sweep applies before it lets the scheduler's next look in. */
    private static final int SWEEP = 1_000;
    /** Deliveries of one endpoint claimed, and applied in one transaction, at once. */
    private static final int CLAIM = 50;
    private static final Duration LEASE = Duration.ofMinutes(5);
    /**
     * How far past a delivery's arrival a change may be dated (clocks drift a little). A change dated later would be
     * the latest word on its record until that time, so a sender's clock running ahead could make later genuine
     * changes look old and be skipped: such a delivery is refused instead.
     */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final EntityManager em;
    private final RecordImport records;
    private final LeadStatuses leadStatuses;
    private final EndpointAdmins admins;
    private final CurrentTenant tenant;
    private final CurrentIdentityAssociation identities;
    private final ObjectMapper json;
    private final Clock clock;
    /** Sweeps at once: changes of one record stay in order whatever the interleaving (see {@code webhook_record}). */
    private final int parallel;
    private final ExecutorService workers;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicBoolean again = new AtomicBoolean();

    WebhookProcessor(EntityManager em, RecordImport records, LeadStatuses leadStatuses, EndpointAdmins admins,
            CurrentTenant tenant, CurrentIdentityAssociation identities, ObjectMapper json, WebhookConfig config,
            Clock clock) {
        this.parallel = config.workers();
        this.workers = Executors.newFixedThreadPool(parallel,
                runnable -> Thread.ofPlatform().name("webhook-processor").daemon().unstarted(runnable));
        this.em = em;
        this.records = records;
        this.leadStatuses = leadStatuses;
        this.admins = admins;
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
     * Applies what is due, oldest first, until nothing is: the deliveries of one endpoint claimed together are applied
     * in one transaction and request context, as one request of the endpoint's admin (so nothing a request caches
     * outlives it); when any of them fails, that transaction is rolled back and each is applied on its own, in a
     * request context of its own, for its own outcome.
     */
    private void sweep() {
        int processed = 0;
        while (processed < SWEEP) {
            Instant now = clock.instant();
            List<Pending> claimed = inRequest(() -> QuarkusTransaction.requiringNew().call(() -> claim(now)));
            if (claimed.isEmpty()) {
                return;
            }
            processed += claimed.size();
            if (!inRequest(() -> admitted(claimed, now))) {
                continue;
            }
            if (claimed.size() == 1 || !inRequest(() -> together(claimed, now))) {
                for (Pending pending : claimed) {
                    inRequest(() -> alone(pending, now));
                }
            }
        }
    }

    /**
     * Whether the endpoint's admin may still act for it (all claimed deliveries are one endpoint's). If not, they are
     * FAILED with the reason and the endpoint stops taking deliveries until an admin takes it over; if Keycloak cannot
     * say, they wait and are tried again.
     */
    private boolean admitted(List<Pending> claimed, Instant now) {
        Pending first = claimed.getFirst();
        bind(first);
        Optional<String> refusal;
        try {
            refusal = admins.refusal(first.tenantId(), first.actingUser());
        } catch (EndpointAdmins.Unavailable e) {
            LOG.warnf("Webhook deliveries of endpoint %s wait: %s", first.endpointId(), e.getMessage());
            claimed.forEach(pending -> retry(pending, e.getMessage(), now));
            return false;
        }
        if (refusal.isEmpty()) {
            return true;
        }
        String reason = refusal.get() + ": the endpoint takes no delivery until an admin takes it over (POST "
                + "/webhooks/endpoints/" + first.endpointId() + "/take-over), then replays this one";
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    update webhook_endpoint set enabled = false, updated_at = ?2, version = version + 1
                     where id = ?1 and enabled""")
                    .setParameter(1, first.endpointId())
                    .setParameter(2, now)
                    .executeUpdate();
            claimed.forEach(pending -> record(pending.id(), "FAILED", reason, now));
        });
        LOG.warnf("Webhook endpoint %s is disabled: %s", first.endpointId(), refusal.get());
        return false;
    }

    private static <T> T inRequest(Supplier<T> work) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            return work.get();
        } finally {
            request.terminate();
        }
    }

    /** Applies the deliveries and records their outcomes in one transaction; false (all rolled back) if one fails. */
    private boolean together(List<Pending> claimed, Instant now) {
        try {
            // a transaction begun after the tenant is bound (Hibernate takes the tenant at its start)
            bind(claimed.getFirst());
            QuarkusTransaction.requiringNew().run(() -> {
                for (Pending pending : claimed) {
                    Outcome outcome = apply(pending);
                    record(pending.id(), outcome.status(), outcome.reason(), now);
                    // written; a session that kept every record of the batch would check them all at each flush
                    em.flush();
                    em.clear();
                }
            });
            return true;
        } catch (RuntimeException e) {
            LOG.debugf(e, "A batch of %d webhook deliveries is applied one by one", claimed.size());
            return false;
        }
    }

    /**
     * Applies one delivery, recording its outcome in the same transaction. One that cannot be applied rolls that
     * transaction back and is then marked FAILED in one of its own; any other failure leaves it to be tried again.
     */
    private Void alone(Pending pending, Instant now) {
        try {
            bind(pending);
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
        return null;
    }

    /**
     * Claims, for a lease, the oldest due delivery and the next due ones of the same endpoint (up to {@link #CLAIM}),
     * in the order they arrived: no other worker or instance takes them meanwhile ({@code skip locked}), and after a
     * crash they are due again when the lease ends.
     */
    private List<Pending> claim(Instant now) {
        List<?> rows = em.createNativeQuery("""
                with oldest as (select endpoint_id from webhook_delivery
                                 where status = 'RECEIVED' and next_attempt_at <= ?1
                                 order by received_at, id limit 1 for update skip locked),
                     claimed as (select d.id from webhook_delivery d join oldest o on o.endpoint_id = d.endpoint_id
                                  where d.status = 'RECEIVED' and d.next_attempt_at <= ?1
                                  order by d.received_at, d.id limit ?3 for update of d skip locked)
                update webhook_delivery d set next_attempt_at = ?2
                  from webhook_endpoint e
                 where e.id = d.endpoint_id and d.id in (select id from claimed)
                returning d.id, d.tenant_id, e.created_by, e.provider, cast(e.mapping as text), d.body, d.received_at,
                          d.attempts, d.endpoint_id""")
                .setParameter(1, now)
                .setParameter(2, now.plus(LEASE))
                .setParameter(3, CLAIM)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Pending((UUID) row[0], (String) row[1], (String) row[2],
                        WebhookProvider.valueOf((String) row[3]), (String) row[4], (byte[]) row[5], (Instant) row[6],
                        ((Number) row[7]).intValue(), (UUID) row[8]))
                // the order they arrived in, as the database orders them (uuids compare as their text does)
                .sorted(Comparator.comparing(Pending::receivedAt).thenComparing(p -> p.id().toString()))
                .toList();
    }

    /** Acts as the admin who set up the delivery's endpoint, in its tenant. */
    private void bind(Pending pending) {
        tenant.actAs(pending.tenantId(), pending.actingUser());
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(
                pending.actingUser())).addRole("admin").build());
    }

    /** Applies the delivery's changes, in order, in the current transaction (bound to the endpoint's admin). */
    private Outcome apply(Pending pending) {
        DeliveryChanges delivery = read(pending);
        Instant latestAllowed = pending.receivedAt().plus(CLOCK_SKEW);
        for (RecordChange change : delivery.changes()) {
            if (change.occurredAt().isAfter(latestAllowed)) {
                throw new CsvImport.RowError(null, "the change of " + change.kind() + " " + change.externalId()
                        + " is dated " + change.occurredAt() + ", more than " + CLOCK_SKEW.toMinutes()
                        + " minutes after the delivery arrived (" + pending.receivedAt() + "): the sender's clock is "
                        + "ahead, and a change from the future would make later ones look old. Nothing of the "
                        + "delivery was applied; correct the sender's clock and send the changes again");
            }
        }
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
        return WebhookMapping.stored(json, pending.mapping(), pending.provider());
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
        // a record the sender does not date was born when its first applied change happened (no later than now: a
        // sender's clock may run up to CLOCK_SKEW ahead, and no record is created in the future)
        Map<String, String> defaults = new HashMap<>(change.defaults());
        Instant now = clock.instant();
        defaults.putIfAbsent("createdAt", (change.occurredAt().isAfter(now) ? now : change.occurredAt()).toString());
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
            Instant receivedAt, int attempts, UUID endpointId) {
    }

    /** How a delivery ended, and what of it was not mapped. */
    private record Outcome(String status, String reason) {
    }
}
