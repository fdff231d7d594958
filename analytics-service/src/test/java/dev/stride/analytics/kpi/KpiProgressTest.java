package dev.stride.analytics.kpi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.events.CrmEvents;
import dev.stride.analytics.live.ProgressPublisher;
import dev.stride.analytics.live.SseClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KPIs from kpi.definitions (kpi-service's own example files) and their progress as CRM events arrive: kept current,
 * pushed to the live stream and published to kpi.progress. Each test's KPI is filtered to its own owner, so
 * the tests share a tenant without seeing each other's deals. As an admin, who sees every KPI
 * ({@code KpiVisibilityTest} covers who sees which).
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = KpiProgressTest.TENANT))
class KpiProgressTest {

    static final String TENANT = "kpi-progress-test";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The contract this service keeps for what it publishes (STYLE.md). */
    private static final Path CONTRACT_FILE = Path.of("src/main/events/" + ProgressPublisher.TYPE + ".json");
    private static JsonNode contract;
    private static KafkaCompanion kafka;

    @TestHTTPResource("/stream")
    URI stream;

    @Inject
    EntityManager em;

    @BeforeAll
    static void connect() throws IOException {
        contract = JSON.readTree(CONTRACT_FILE.toFile());
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void wonDealsMoveTheKpisProgressLiveAndOnKpiProgress() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        UUID kpi = defineWonDealsKpi(owner, 2);
        await().atMost(PATIENCE).until(() -> given().get("/kpis/" + kpi + "/progress").statusCode() == 200);
        given().get("/kpis/" + kpi + "/progress").then()
                .body("actual", equalTo(0)).body("target", equalTo(2)).body("metricId", equalTo("deals.won.count"))
                .body("periodStart", equalTo(monthStart().toString()));

        try (SseClient client = new SseClient(stream);
                var published = kafka.consumeStrings().fromTopics(topic("kpi-progress"),
                        records -> records.select().where(r -> kpi.toString().equals(r.key())
                                && r.value().contains("\"actual\":1")))) {
            await().atMost(PATIENCE).until(client::open);

            send(wonDeal(owner));

            await().atMost(PATIENCE).until(() -> client.lines().stream()
                    .anyMatch(line -> line.contains(kpi.toString()) && line.contains("\"actual\":1")));
            ConsumerRecord<String, String> record = published.awaitRecords(1, PATIENCE).getFirstRecord();
            JsonNode progress = JSON.readTree(record.value());
            assertEquals(1, progress.get("actual").intValue());
            assertEquals(0, new BigDecimal("0.5").compareTo(progress.get("attainment").decimalValue()));
            assertEquals(ProgressPublisher.TYPE, header(record, "ce_type"));
            assertEquals(fieldNames(contract.get("data")), fieldNames(progress),
                    "the published data has the contract's fields");
            assertEquals(TENANT, header(record, "ce_tenantid"));
        }

        send(wonDeal(owner));
        await().atMost(PATIENCE).until(() -> "ACHIEVED".equals(
                given().get("/kpis/" + kpi + "/progress").then().extract().path("status")));
        given().get("/kpis/progress").then().statusCode(200).body("kpiId", hasItem(kpi.toString()));
    }

    /**
     * The tree's progress is served from what is kept current while nothing it depends on has changed: figures planted
     * in the stored row are what the tree answers, until a change of the KPI's metric or the end of the row's validity
     * (the tenant's midnight) makes it compute them again.
     */
    @Test
    void theTreeServesTheProgressKeptCurrentUntilAnInputOfItChanges() {
        String owner = "owner-" + UUID.randomUUID();
        UUID kpi = defineWonDealsKpi(owner, 2);
        await().atMost(PATIENCE).pollInSameThread().until(() -> storedRows(kpi) == 1);

        plant(kpi, "null");
        assertEquals(7, treeActual(kpi), "served as stored");

        send(wonDeal(owner));
        await().atMost(PATIENCE).until(() -> treeActual(kpi) == 1);

        plant(kpi, "now() - interval '1 second'");
        assertEquals(1, treeActual(kpi), "computed again once its validity ended");
    }

    @Test
    void aKgiBoundToRevenueIsMeasuredOverItsSpanAndPublished() throws Exception {
        UUID kgi = UUID.randomUUID();
        LocalDate start = monthStart().minusMonths(1);
        send(CrmEvents.kpiEvent("stride.kpi.kgi.defined.v1", TENANT, kgi.toString(), UUID.randomUUID(),
                data -> data.put("metricId", "deals.won.amount").put("target", 100_000_000)
                        .put("startsOn", start.toString())
                        .put("deadline", start.plusYears(1).minusDays(1).toString())));
        await().atMost(PATIENCE).until(() -> kgiProgress(kgi) != null);
        BigDecimal before = new BigDecimal(kgiProgress(kgi).get("actual").toString());

        try (var published = kafka.consumeStrings().fromTopics(topic("kpi-progress"),
                records -> records.select().where(r -> kgi.toString().equals(r.key())
                        && r.value().contains(before.add(BigDecimal.valueOf(1_500_000)).toPlainString())))) {
            send(wonDeal("owner-" + UUID.randomUUID()));

            ConsumerRecord<String, String> record = published.awaitRecords(1, PATIENCE).getFirstRecord();
            assertEquals(ProgressPublisher.KGI_TYPE, header(record, "ce_type"));
            assertEquals(fieldNames(JSON.readTree(Path.of("src/main/events/" + ProgressPublisher.KGI_TYPE + ".json")
                    .toFile()).get("data")), fieldNames(JSON.readTree(record.value())));
        }
        Map<String, Object> progress = kgiProgress(kgi);
        assertEquals(0, before.add(BigDecimal.valueOf(1_500_000)).compareTo(new BigDecimal(progress.get("actual")
                .toString())), "the example deal's 1,500,000 was added");
        assertEquals(start.toString(), progress.get("periodStart"));
        assertEquals(start.plusYears(1).toString(), progress.get("periodEnd"));
    }

    @Test
    void deletedKpiIsGone() {
        UUID kpi = defineWonDealsKpi("owner-" + UUID.randomUUID(), 5);
        await().atMost(PATIENCE).until(() -> given().get("/kpis/" + kpi + "/progress").statusCode() == 200);
        assertEquals(1, inputRows(kpi), "a KPI's definition is an input of its progress");

        send(CrmEvents.kpiTombstone("stride.kpi.kpi.deleted.v1", TENANT, kpi.toString(), UUID.randomUUID()));

        await().atMost(PATIENCE).until(() -> given().get("/kpis/" + kpi + "/progress").statusCode() == 404);
        assertEquals(0, inputRows(kpi), "a deleted KPI is no input of any progress any more");
    }

    @Test
    void malformedKpiDefinitionIsDeadLetteredAndTheTopicGoesOn() {
        UUID broken = UUID.randomUUID();
        try (var dlq = kafka.consumeStrings().fromTopics(CrmEvents.kpiTopic() + ".dlq",
                records -> records.select().where(r -> broken.toString().equals(r.key())))) {
            send(CrmEvents.kpiEvent("stride.kpi.kpi.defined.v1", TENANT, broken.toString(), UUID.randomUUID(),
                    data -> data.put("metricId", "deals.lost.count")));
            UUID next = defineWonDealsKpi("owner-" + UUID.randomUUID(), 1);

            await().atMost(PATIENCE).until(() -> given().get("/kpis/" + next + "/progress").statusCode() == 200);
            String reason = header(dlq.awaitRecords(1, PATIENCE).getFirstRecord(), "dlq-reason");
            assertTrue(reason.contains("deals.lost.count"), reason);
        }
    }

    @Test
    void periodThatIsNotOneOfTheKpisIsRejected() {
        UUID kpi = defineWonDealsKpi("owner-" + UUID.randomUUID(), 1);
        await().atMost(PATIENCE).until(() -> given().get("/kpis/" + kpi + "/progress").statusCode() == 200);

        given().get("/kpis/" + kpi + "/progress?periodStart=" + monthStart().plusDays(14)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("periodStart")).body("detail", containsString(monthStart().toString()));
        given().get("/kpis/" + kpi + "/progress?periodStart=" + monthStart().minusMonths(1)).then()
                .statusCode(200).body("periodStart", equalTo(monthStart().minusMonths(1).toString()));
    }

    @Test
    void malformedOrUnknownKpiIdIsAProblem() {
        given().get("/kpis/not-an-id/progress").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kpiId"));
        given().get("/kpis/" + UUID.randomUUID() + "/progress").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private long storedRows(UUID kpi) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from kpi_progress where tenant_id = ?1 and kpi_id = ?2 and valid_until > now()""")
                .setParameter(1, TENANT).setParameter(2, kpi).getSingleResult()).longValue());
    }

    private long inputRows(UUID definition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from progress_input where tenant_id = ?1 and input = ?2""")
                .setParameter(1, TENANT).setParameter(2, definition.toString()).getSingleResult()).longValue());
    }

    /** Puts an actual of 7 into the KPI's stored progress, valid until {@code validUntil} (SQL; null keeps it). */
    private void plant(UUID kpi, String validUntil) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update kpi_progress set data = jsonb_set(data, '{actual}', '7'),
                       valid_until = coalesce(%s, valid_until)
                 where tenant_id = ?1 and kpi_id = ?2""".formatted(validUntil))
                .setParameter(1, TENANT).setParameter(2, kpi).executeUpdate());
    }

    private static int treeActual(UUID kpi) {
        List<Map<String, Object>> all = given().get("/kpis/progress").then().statusCode(200).extract().path("$");
        return all.stream().filter(p -> kpi.toString().equals(p.get("kpiId")))
                .map(p -> ((Number) p.get("actual")).intValue()).findFirst().orElseThrow();
    }

    private static Map<String, Object> kgiProgress(UUID kgi) {
        List<Map<String, Object>> all = given().get("/kgis/progress").then().statusCode(200).extract().path("$");
        return all.stream().filter(p -> kgi.toString().equals(p.get("kgiId"))).findFirst().orElse(null);
    }

    private static UUID defineWonDealsKpi(String owner, int target) {
        UUID kpi = UUID.randomUUID();
        send(CrmEvents.kpiEvent("stride.kpi.kpi.defined.v1", TENANT, kpi.toString(), UUID.randomUUID(), data -> {
            data.put("metricId", "deals.won.count").put("periodType", "MONTH").put("direction", "HIGHER");
            data.putObject("filters").put("ownerId", owner);
            data.putArray("targets").addObject().put("periodStart", monthStart().toString()).put("value", target);
        }));
        return kpi;
    }

    private static ProducerRecord<String, String> wonDeal(String owner) {
        Instant now = Instant.now();
        return CrmEvents.event(CrmEvents.WON, TENANT, UUID.randomUUID(), UUID.randomUUID(),
                data -> data.put("ownerId", owner).put("createdAt", now.minusSeconds(3600).toString())
                        .put("wonAt", now.toString()));
    }

    private static LocalDate monthStart() {
        return LocalDate.now(TOKYO).withDayOfMonth(1);
    }

    private static void send(ProducerRecord<String, String> record) {
        kafka.produceStrings().fromRecords(List.of(record)).awaitCompletion(PATIENCE);
    }

    private static String topic(String channel) {
        return ConfigProvider.getConfig().getValue("mp.messaging.outgoing." + channel + ".topic", String.class);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
