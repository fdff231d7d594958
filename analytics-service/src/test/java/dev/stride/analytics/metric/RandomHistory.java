package dev.stride.analytics.metric;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.analytics.events.CrmEvents;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A random CRM history of one tenant, as the events crm-service would publish (built from its contract files), and
 * the final state of every record, from which {@link PlainMetrics} recomputes each metric the plain way. Deliveries are
 * shuffled across and within records, and a tenth of them are delivered twice, as Kafka may after a crash.
 */
public final class RandomHistory {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final List<String> OWNERS = List.of("u1", "u2", "u3");
    static final List<UUID> TEAMS = List.of(UUID.fromString("0a000000-0000-4000-8000-00000000000a"),
            UUID.fromString("0b000000-0000-4000-8000-00000000000b"));
    static final List<String> SOURCES = List.of("web", "referral", "event");
    static final List<UUID> PIPELINES = List.of(UUID.fromString("0c000000-0000-4000-8000-00000000000c"),
            UUID.fromString("0d000000-0000-4000-8000-00000000000d"));
    static final List<String> ACTIVITY_TYPES = List.of("CALL", "EMAIL", "MEETING", "TASK");
    private static final Instant FIRST = LocalDate.of(2025, 6, 1).atStartOfDay(TOKYO).toInstant();
    private static final Instant LAST = LocalDate.of(2026, 10, 1).atStartOfDay(TOKYO).toInstant();

    public final String tenant;
    final List<Lead> leads = new ArrayList<>();
    final List<Deal> deals = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<Subscription> subscriptions = new ArrayList<>();
    public final List<ProducerRecord<String, String>> deliveries = new ArrayList<>();
    private final Random random;

    public RandomHistory(long seed, String tenant) {
        this.tenant = tenant;
        this.random = new Random(seed);
        for (int i = 0; i < 25; i++) {
            lead();
        }
        for (int i = 0; i < 25; i++) {
            deal();
        }
        for (int i = 0; i < 20; i++) {
            activity();
        }
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            accounts.add(UUID.randomUUID());
        }
        for (int i = 0; i < 12; i++) {
            subscription(accounts.get(random.nextInt(accounts.size())));
        }
        List<ProducerRecord<String, String>> again = new ArrayList<>();
        for (ProducerRecord<String, String> delivery : deliveries) {
            if (random.nextInt(10) == 0) {
                again.add(delivery);
            }
        }
        deliveries.addAll(again);
        Collections.shuffle(deliveries, random);
    }

    /** The tenant's settings as kpi-service publishes them: Tokyo, yen, a USD rate every month but one. */
    public ProducerRecord<String, String> settings() {
        return CrmEvents.kpiEvent("stride.kpi.settings.defined.v1", tenant, tenant, UUID.randomUUID(), data -> {
            data.put("tenantId", tenant).put("timeZone", "Asia/Tokyo").put("currency", "JPY")
                    .put("grossMarginPercent", 72.5).put("leadConversionWindowDays", PlainMetrics.WINDOW_DAYS);
            ArrayNode rates = data.putArray("exchangeRates");
            for (YearMonth month = YearMonth.of(2025, 1); month.isBefore(YearMonth.of(2028, 1));
                    month = month.plusMonths(1)) {
                if (!month.equals(PlainMetrics.MONTH_WITHOUT_RATE)) {
                    rates.addObject().put("month", month.toString()).put("currency", "USD")
                            .put("rate", PlainMetrics.USD);
                }
            }
        });
    }

    private void lead() {
        UUID id = UUID.randomUUID();
        Instant created = instant(FIRST, LAST);
        Lead lead = new Lead(id, pick(OWNERS), maybe(TEAMS), pick(SOURCES), created);
        emit("stride.crm.lead.created.v1", id, created, lead.data("NEW", 0));
        if (random.nextBoolean()) {
            lead.qualifiedAt = created.plus(random.nextInt(20), ChronoUnit.DAYS);
            emit("stride.crm.lead.status-changed.v1", id, lead.qualifiedAt, lead.data("QUALIFIED", 1));
        }
        if (random.nextInt(3) > 0) {
            lead.convertedAt = created.plus(random.nextInt(150), ChronoUnit.DAYS).plusSeconds(random.nextInt(86400));
            emit("stride.crm.lead.converted.v1", id, lead.convertedAt, lead.data("CONVERTED", 2));
        }
        if (random.nextInt(8) == 0) {
            lead.deleted = true;
            emit("stride.crm.lead.deleted.v1", id, LAST, lead.data(lead.convertedAt != null ? "CONVERTED" : "NEW", 3));
        }
        leads.add(lead);
    }

    private void deal() {
        UUID id = UUID.randomUUID();
        Instant at = instant(FIRST, LAST);
        Deal deal = new Deal(id, pick(OWNERS), maybe(TEAMS), maybe(SOURCES), pick(PIPELINES), at,
                BigDecimal.valueOf(1000L * (1 + random.nextInt(1000))), random.nextInt(5) == 0 ? "USD" : "JPY",
                10 * (1 + random.nextInt(9)));
        long version = 0;
        emit("stride.crm.deal.created.v1", id, at, deal.data(version));
        for (int step = random.nextInt(4); step > 0; step--) {
            at = at.plus(1 + random.nextInt(40), ChronoUnit.DAYS);
            version++;
            if (!deal.status.equals("OPEN")) {
                deal.status = "OPEN";
                deal.wonAt = null;
                deal.lostAt = null;
                emit("stride.crm.deal.reopened.v1", id, at, deal.data(version));
            } else if (random.nextInt(3) > 0) {
                deal.status = "WON";
                deal.wonAt = at;
                emit("stride.crm.deal.won.v1", id, at, deal.data(version));
            } else {
                deal.status = "LOST";
                deal.lostAt = at;
                emit("stride.crm.deal.lost.v1", id, at, deal.data(version));
            }
        }
        if (random.nextInt(10) == 0) {
            deal.deleted = true;
            emit("stride.crm.deal.deleted.v1", id, at.plusSeconds(1), deal.data(version + 1));
        }
        deals.add(deal);
    }

    private void activity() {
        UUID id = UUID.randomUUID();
        Instant created = instant(FIRST, LAST);
        Activity activity = new Activity(id, pick(ACTIVITY_TYPES), pick(OWNERS), maybe(TEAMS));
        if (random.nextBoolean()) {
            activity.completedAt = created;
        }
        emit("stride.crm.activity.created.v1", id, created, activity.data(0));
        if (activity.completedAt == null && random.nextBoolean()) {
            activity.completedAt = created.plus(random.nextInt(10), ChronoUnit.DAYS);
            emit("stride.crm.activity.updated.v1", id, activity.completedAt, activity.data(1));
        }
        if (random.nextInt(10) == 0) {
            activity.deleted = true;
            emit("stride.crm.activity.deleted.v1", id, LAST, activity.data(2));
        }
        activities.add(activity);
    }

    private void subscription(UUID account) {
        UUID id = UUID.randomUUID();
        LocalDate started = LocalDate.ofInstant(instant(FIRST, LAST), TOKYO);
        Subscription subscription = new Subscription(id, account, pick(OWNERS), maybe(TEAMS),
                random.nextInt(4) == 0 ? "USD" : "JPY", started, BigDecimal.valueOf(1000L * (1 + random.nextInt(90))));
        long version = 0;
        emit("stride.crm.subscription.started.v1", id, time(started), subscription.data(version, null));
        LocalDate effective = started;
        for (int change = random.nextInt(4); change > 0; change--) {
            effective = effective.plusDays(1 + random.nextInt(90));
            BigDecimal old = subscription.mrr;
            subscription.mrr = BigDecimal.valueOf(1000L * (1 + random.nextInt(90)));
            Change step = new Change(effective, ++version, old, subscription.mrr);
            subscription.changes.add(step);
            emit("stride.crm.subscription.changed.v1", id, time(effective), subscription.data(version, step));
        }
        if (random.nextInt(3) == 0) {
            subscription.cancelledOn = effective.plusDays(1 + random.nextInt(120));
            emit("stride.crm.subscription.cancelled.v1", id, time(subscription.cancelledOn),
                    subscription.data(++version, null));
        }
        if (random.nextInt(12) == 0) {
            subscription.deleted = true;
            emit("stride.crm.subscription.deleted.v1", id, LAST, subscription.data(++version, null));
        }
        subscriptions.add(subscription);
    }

    private void emit(String type, UUID id, Instant time, Consumer<ObjectNode> data) {
        ProducerRecord<String, String> record = CrmEvents.event(type, tenant, id, UUID.randomUUID(), data);
        record.headers().remove("ce_time");
        record.headers().add("ce_time", time.toString().getBytes(StandardCharsets.UTF_8));
        deliveries.add(record);
    }

    private Instant instant(Instant from, Instant to) {
        return from.plusSeconds((long) (random.nextDouble() * (to.getEpochSecond() - from.getEpochSecond())));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T maybe(List<T> values) {
        return random.nextInt(4) == 0 ? null : pick(values);
    }

    private static Instant time(LocalDate day) {
        return day.atStartOfDay(TOKYO).toInstant();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static final class Lead {
        final UUID id;
        final String owner;
        final UUID team;
        final String source;
        final Instant createdAt;
        Instant qualifiedAt;
        Instant convertedAt;
        boolean deleted;

        Lead(UUID id, String owner, UUID team, String source, Instant createdAt) {
            this.id = id;
            this.owner = owner;
            this.team = team;
            this.source = source;
            this.createdAt = createdAt;
        }

        Consumer<ObjectNode> data(String status, long version) {
            String qualified = text(qualifiedAt);
            String converted = text(convertedAt);
            return data -> data.put("status", status).put("source", source).put("ownerId", owner)
                    .put("ownerTeamId", text(team)).put("createdAt", createdAt.toString())
                    .put("qualifiedAt", qualified).put("convertedAt", converted).put("version", version);
        }
    }

    static final class Deal {
        final UUID id;
        final String owner;
        final UUID team;
        final String source;
        final UUID pipeline;
        final Instant createdAt;
        final BigDecimal amount;
        final String currency;
        final int probability;
        String status = "OPEN";
        Instant wonAt;
        Instant lostAt;
        boolean deleted;

        Deal(UUID id, String owner, UUID team, String source, UUID pipeline, Instant createdAt, BigDecimal amount,
                String currency, int probability) {
            this.id = id;
            this.owner = owner;
            this.team = team;
            this.source = source;
            this.pipeline = pipeline;
            this.createdAt = createdAt;
            this.amount = amount;
            this.currency = currency;
            this.probability = probability;
        }

        Consumer<ObjectNode> data(long version) {
            String state = status;
            String won = text(wonAt);
            String lost = text(lostAt);
            return data -> data.put("status", state).put("ownerId", owner).put("ownerTeamId", text(team))
                    .put("leadSource", source).put("pipelineId", pipeline.toString()).put("amount", amount)
                    .put("currency", currency).put("probability", probability).put("createdAt", createdAt.toString())
                    .put("wonAt", won).put("lostAt", lost).put("version", version);
        }
    }

    static final class Activity {
        final UUID id;
        final String type;
        final String owner;
        final UUID team;
        Instant completedAt;
        boolean deleted;

        Activity(UUID id, String type, String owner, UUID team) {
            this.id = id;
            this.type = type;
            this.owner = owner;
            this.team = team;
        }

        Consumer<ObjectNode> data(long version) {
            String completed = text(completedAt);
            return data -> data.put("activityType", type).put("ownerId", owner).put("ownerTeamId", text(team))
                    .put("completedAt", completed).put("version", version);
        }
    }

    static final class Subscription {
        final UUID id;
        final UUID account;
        final String owner;
        final UUID team;
        final String currency;
        final LocalDate startedOn;
        final List<Change> changes = new ArrayList<>();
        BigDecimal mrr;
        LocalDate cancelledOn;
        boolean deleted;

        Subscription(UUID id, UUID account, String owner, UUID team, String currency, LocalDate startedOn,
                BigDecimal mrr) {
            this.id = id;
            this.account = account;
            this.owner = owner;
            this.team = team;
            this.currency = currency;
            this.startedOn = startedOn;
            this.mrr = mrr;
        }

        Consumer<ObjectNode> data(long version, Change change) {
            BigDecimal current = mrr;
            String cancelled = text(cancelledOn);
            return data -> {
                data.put("accountId", account.toString()).put("ownerId", owner).put("ownerTeamId", text(team))
                        .put("currency", currency).put("startedOn", startedOn.toString()).put("mrr", current)
                        .put("status", cancelled == null ? "ACTIVE" : "CANCELLED").put("cancelledOn", cancelled)
                        .put("version", version);
                if (change != null) {
                    data.put("oldMrr", change.oldMrr()).put("newMrr", change.newMrr())
                            .put("effectiveOn", change.effectiveOn().toString());
                }
            };
        }

        /** The MRR in effect on {@code day}, in the subscription's currency (0 when not active). */
        BigDecimal mrrOn(LocalDate day) {
            if (startedOn.isAfter(day) || (cancelledOn != null && !day.isBefore(cancelledOn))) {
                return null;
            }
            BigDecimal value = changes.isEmpty() ? mrr : changes.getFirst().oldMrr();
            for (Change change : changes) {
                if (!change.effectiveOn().isAfter(day)) {
                    value = change.newMrr();
                }
            }
            return value;
        }
    }

    record Change(LocalDate effectiveOn, long version, BigDecimal oldMrr, BigDecimal newMrr) {
    }
}
