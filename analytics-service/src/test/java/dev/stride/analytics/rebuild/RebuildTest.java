package dev.stride.analytics.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.metric.RandomHistory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = RebuildTest.TENANT))
class RebuildTest {

    static final String TENANT = "rebuild-test";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Every table of a tenant's analytics state, with the order that makes a dump comparable (rollup rows that net to
     * nothing are left out: a record created and deleted again may leave one, and it counts nowhere).
     */
    private static final Map<String, String> TABLES = Map.of(
            "lead_fact", "lead_id", "deal_fact", "deal_id", "activity_fact", "activity_id",
            "subscription_fact", "subscription_id", "mrr_change", "subscription_id, version",
            "tenant_settings", "tenant_id",
            "metric_day", "fact, day, owner_id, team_id, source, pipeline_id, activity_type, currency");

    @Inject
    RebuildService rebuilds;

    @Inject
    EntityManager em;

    @Test
    void rebuildingByReplayGivesExactlyTheStateTheLiveConsumersBuilt() {
        RandomHistory history = new RandomHistory(System.nanoTime(), "rebuild-" + UUID.randomUUID());
        List<ProducerRecord<String, String>> records = new ArrayList<>(List.of(history.settings()));
        records.addAll(history.deliveries);
        try (KafkaCompanion kafka = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            kafka.produceStrings().fromRecords(records).awaitCompletion(PATIENCE);
        }
        Map<String, Long> finalVersions = finalVersions(history.deliveries);
        await().atMost(PATIENCE).pollInSameThread().until(() -> versions(history.tenant).equals(finalVersions)
                && dump(history.tenant).contains("Asia/Tokyo"));
        String before = dump(history.tenant);
        assertFalse(before.isBlank());

        long replayed = rebuilds.run(history.tenant);

        assertEquals(records.size(), replayed, "every event of the tenant, redeliveries included, applied again");
        assertEquals(before, dump(history.tenant));
    }

    @Test
    void anAdminStartsARebuildAndFollowsItToTheEnd() {
        given().post("/rebuild").then().statusCode(202).body("state", equalTo("RUNNING"));

        await().atMost(PATIENCE).until(() -> "DONE".equals(given().get("/rebuild").then().statusCode(200)
                .extract().path("state")));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT))
    void onlyAnAdminCanRebuild() {
        given().post("/rebuild").then().statusCode(403).contentType("application/problem+json");
    }

    /** Each record's highest version among the deliveries: where the facts must end. */
    private static Map<String, Long> finalVersions(List<ProducerRecord<String, String>> deliveries) {
        Map<String, Long> versions = new TreeMap<>();
        for (ProducerRecord<String, String> record : deliveries) {
            try {
                JsonNode data = JSON.readTree(record.value());
                versions.merge(record.key(), data.get("version").longValue(), Math::max);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return versions;
    }

    private Map<String, Long> versions(String tenant) {
        Map<String, Long> versions = new TreeMap<>();
        for (String table : List.of("lead_fact", "deal_fact", "activity_fact", "subscription_fact")) {
            String id = TABLES.get(table);
            for (Object row : QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select cast(" + id + " as text), version from " + table + " where tenant_id = ?1")
                    .setParameter(1, tenant).getResultList())) {
                Object[] columns = (Object[]) row;
                versions.put((String) columns[0], ((Number) columns[1]).longValue());
            }
        }
        return versions;
    }

    /** The tenant's whole analytics state as text, table by table, row by row in key order. */
    private String dump(String tenant) {
        StringBuilder dump = new StringBuilder();
        new TreeMap<>(TABLES).forEach((table, order) -> {
            dump.append(table).append('\n');
            for (Object row : QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select cast(" + (table.equals("tenant_settings") // its revision counts writes: not state
                            ? "(t.tenant_id, t.data, t.event_time)" : "t") + " as text) from " + table
                            + " t where tenant_id = ?1"
                            + (table.equals("metric_day")
                                    ? " and (records <> 0 or amount <> 0 or cycle_days <> 0)" : "")
                            + " order by " + order)
                    .setParameter(1, tenant).getResultList())) {
                dump.append(row).append('\n');
            }
        });
        return dump.toString();
    }
}
