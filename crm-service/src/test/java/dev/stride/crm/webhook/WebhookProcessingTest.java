package dev.stride.crm.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.events.TopicTail;
import dev.stride.crm.platform.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Standard Webhooks deliveries in Stride's generic format become CRM records exactly as their CSV import would make
 * them, with the same events; redelivered, late or broken deliveries never apply twice, backwards or half.
 */
@QuarkusTest
class WebhookProcessingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookRows rows;

    @Test
    void aWonDealDeliveredTenTimesIsOneDealWithTheApisEvents() {
        Map<String, Object> endpoint = endpoint();
        String externalId = "D-" + UUID.randomUUID();
        String name = "Webhook deal " + externalId;
        try (TopicTail tail = TopicTail.of("crm.deals")) {
            byte[] body = change("deals", externalId, Instant.now().minusSeconds(60), Map.of("name", name,
                    "amount", 1_200_000, "currency", "JPY", "status", "WON",
                    "closedAt", Instant.now().minusSeconds(60).toString()));
            for (int i = 0; i < 10; i++) {
                deliver(endpoint, "msg_" + externalId, body);
            }

            String deal = await().atMost(PATIENCE).until(() -> dealNamed(name), id -> id != null);
            List<ConsumerRecord<String, String>> records = tail.awaitRecords(deal, 2);
            assertEquals(List.of("stride.crm.deal.created.v1", "stride.crm.deal.won.v1"), records.stream()
                    .map(record -> TopicTail.header(record, "ce_type")).toList(), "the events its import publishes");
            assertEquals("acme", TopicTail.header(records.get(0), "ce_tenantid"));
        }
        await().atMost(PATIENCE).until(() -> log(endpoint).get(0).get("status").equals("PROCESSED"));
        assertEquals(1, log(endpoint).size());
        admin().get("/deals/{id}", dealNamed(name)).then().body("status", equalTo("WON"))
                .body("amount", equalTo(1_200_000)).body("ownerId", equalTo(KeycloakTokens.subjectOf("acme-admin")));
    }

    @Test
    void aLateDeliveryNeverMovesARecordBack() {
        Map<String, Object> endpoint = endpoint();
        String externalId = "D-" + UUID.randomUUID();
        String name = "Late deal " + externalId;
        Instant earlier = Instant.now().minusSeconds(600);
        Instant later = Instant.now().minusSeconds(60);

        deliver(endpoint, "msg_new", change("deals", externalId, later, Map.of("name", name, "amount", 500_000,
                "currency", "JPY", "status", "WON", "closedAt", later.toString())));
        await().atMost(PATIENCE).until(() -> dealNamed(name) != null);
        deliver(endpoint, "msg_old", change("deals", externalId, earlier, Map.of("name", name, "amount", 100_000,
                "currency", "JPY", "status", "OPEN")));

        await().atMost(PATIENCE).until(() -> log(endpoint).stream()
                .anyMatch(delivery -> "SUPERSEDED".equals(delivery.get("status"))));
        admin().get("/deals/{id}", dealNamed(name)).then().body("status", equalTo("WON"))
                .body("amount", equalTo(500_000));
    }

    @Test
    void aDeliveryThatCannotBeAppliedFailsWithItsReasonAndIsAppliedWhenReplayedAfterTheFix() {
        Map<String, Object> endpoint = endpoint();
        String account = "A-" + UUID.randomUUID();
        String name = "Deal of " + account;
        deliver(endpoint, "msg_" + account, change("deals", "D-" + account, Instant.now(), Map.of("name", name,
                "amount", 300_000, "currency", "JPY", "accountExternalId", account)));

        Map<String, Object> failed = await().atMost(PATIENCE).until(() -> log(endpoint).get(0),
                delivery -> "FAILED".equals(delivery.get("status")));
        String reason = (String) failed.get("reason");
        assertEquals(true, reason.startsWith("accountExternalId"), reason);
        assertEquals(null, dealNamed(name), "nothing of it was applied");

        admin().contentType("text/csv").body("externalId,name\n" + account + ",Webhook KK\n")
                .post("/imports/accounts?dryRun=false").then().statusCode(200);
        admin().post("/webhooks/endpoints/{id}/deliveries/{delivery}/replay", endpoint.get("id"), failed.get("id"))
                .then().statusCode(204);
        admin().post("/webhooks/endpoints/{id}/deliveries/{delivery}/replay", endpoint.get("id"), failed.get("id"))
                .then().statusCode(409);

        await().atMost(PATIENCE).until(() -> dealNamed(name) != null);
        await().atMost(PATIENCE).until(() -> "PROCESSED".equals(log(endpoint).get(0).get("status")));
    }

    @Test
    void aChangeDatedMoreThanFiveMinutesAheadIsRefusedAndNothingOfItsDeliveryApplies() {
        Map<String, Object> endpoint = endpoint();
        String externalId = "D-" + UUID.randomUUID();
        String name = "Future deal " + externalId;
        deliver(endpoint, "msg_future_" + externalId, change("deals", externalId,
                Instant.now().plus(Duration.ofMinutes(30)),
                Map.of("name", name, "amount", 100_000, "currency", "JPY")));

        Map<String, Object> failed = await().atMost(PATIENCE).until(() -> log(endpoint).get(0),
                delivery -> "FAILED".equals(delivery.get("status")));
        String reason = (String) failed.get("reason");
        assertEquals(true, reason.contains("more than 5 minutes after the delivery arrived"), reason);
        assertEquals(null, dealNamed(name), "nothing of it was applied");

        // a change within the tolerance (a sender's clock a little ahead) is applied as usual
        deliver(endpoint, "msg_near_" + externalId, change("deals", externalId,
                Instant.now().plus(Duration.ofMinutes(2)), Map.of("name", name, "amount", 100_000, "currency", "JPY")));
        await().atMost(PATIENCE).until(() -> dealNamed(name) != null);
    }

    @Test
    void anEndpointWhoseAdminIsNoLongerOneStopsUntilAnAdminTakesItOver() throws SQLException {
        Map<String, Object> endpoint = endpoint();
        String id = (String) endpoint.get("id");
        String externalId = "D-" + UUID.randomUUID();
        String name = "Taken over " + externalId;
        standBehind(id, KeycloakTokens.subjectOf("acme-rep")); // as if the admin had become a rep
        deliver(endpoint, "msg_rep_" + externalId, change("deals", externalId, Instant.now(),
                Map.of("name", name, "amount", 100_000, "currency", "JPY")));

        Map<String, Object> failed = await().atMost(PATIENCE).until(() -> log(endpoint).get(0),
                delivery -> "FAILED".equals(delivery.get("status")));
        String reason = (String) failed.get("reason");
        assertEquals(true, reason.contains("(acme-rep) is no longer an admin") && reason.contains("/take-over"),
                reason);
        assertEquals(null, dealNamed(name), "nothing of it was applied");
        String etag = admin().get("/webhooks/endpoints/{id}", id).then().body("enabled", equalTo(false))
                .extract().header("ETag");
        long now = Instant.now().getEpochSecond();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).header("webhook-id", "msg_stopped").header("webhook-timestamp", now)
                .header("webhook-signature", StandardWebhooks.signature((String) endpoint.get("secret"),
                        "msg_stopped", now, body))
                .body(body).post("/webhooks/standard/{id}", id).then().statusCode(401);

        admin().header("If-Match", etag).post("/webhooks/endpoints/{id}/take-over", id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("createdBy", equalTo(KeycloakTokens.subjectOf("acme-admin")));
        admin().post("/webhooks/endpoints/{id}/deliveries/{delivery}/replay", id, failed.get("id")).then()
                .statusCode(204);
        await().atMost(PATIENCE).until(() -> dealNamed(name) != null);
    }

    @Test
    void deliveriesOfAnEndpointWhoseAdminNoLongerExistsFailSayingSo() throws SQLException {
        Map<String, Object> endpoint = endpoint();
        standBehind((String) endpoint.get("id"), UUID.randomUUID().toString());
        deliver(endpoint, "msg_gone_" + UUID.randomUUID(), change("deals", "D-" + UUID.randomUUID(), Instant.now(),
                Map.of("name", "Nobody's deal", "amount", 1, "currency", "JPY")));

        String reason = (String) await().atMost(PATIENCE).until(() -> log(endpoint).get(0),
                delivery -> "FAILED".equals(delivery.get("status"))).get("reason");
        assertEquals(true, reason.contains("no longer exists"), reason);
    }

    private void standBehind(String endpoint, String userId) throws SQLException {
        assertEquals(1, rows.update("update webhook_endpoint set created_by = ? where id = ?", userId,
                UUID.fromString(endpoint)));
    }

    @Test
    void malformedDeliveriesFailWithAReasonAPersonCanActOn() {
        Map<String, Object> endpoint = endpoint();
        deliver(endpoint, "msg_not_json", "not json".getBytes(StandardCharsets.UTF_8));
        deliver(endpoint, "msg_kind", change("invoices", "I-1", Instant.now(), Map.of("name", "x")));
        deliver(endpoint, "msg_column", change("deals", "D-" + UUID.randomUUID(), Instant.now(),
                Map.of("name", "x", "colour", "red")));

        await().atMost(PATIENCE).until(() -> log(endpoint).stream().allMatch(d -> "FAILED".equals(d.get("status")))
                && log(endpoint).size() == 3);
        List<String> reasons = log(endpoint).stream().map(d -> (String) d.get("reason")).toList();
        assertEquals(true, reasons.stream().anyMatch(r -> r.contains("not JSON")), reasons.toString());
        assertEquals(true, reasons.stream().anyMatch(r -> r.startsWith("kind: is not one of")), reasons.toString());
        assertEquals(true, reasons.stream().anyMatch(r -> r.startsWith("colour: is not a column of deals")),
                reasons.toString());
        admin().get("/webhooks/endpoints/{id}/deliveries", endpoint.get("id")).then()
                .body("[0].reason", containsString(":"));
    }

    @Test
    void deliveriesClaimedTogetherWithABadOneAreAppliedEachOnItsOwn() throws SQLException {
        Map<String, Object> endpoint = endpoint();
        String run = UUID.randomUUID().toString();
        Instant at = Instant.now().minusSeconds(60);
        // stored in one transaction, so the processor finds all three due at once and claims them together
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int i = 0;
            for (byte[] body : List.of(
                    change("deals", "D-1-" + run, at, Map.of("name", "Batch one " + run, "amount", 1, "currency",
                            "JPY")),
                    change("deals", "D-2-" + run, at, Map.of("name", "Batch two " + run, "amount", 1, "currency",
                            "JPY", "accountExternalId", "missing-" + run)),
                    change("deals", "D-3-" + run, at, Map.of("name", "Batch three " + run, "amount", 1,
                            "currency", "JPY")))) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into webhook_delivery (id, tenant_id, endpoint_id, dedupe_key, headers, body,
                                                      body_bytes, received_at, status, next_attempt_at)
                        values (?, 'acme', ?, ?, '{}', ?, ?, ?, 'RECEIVED', ?)""")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, UUID.fromString((String) endpoint.get("id")));
                    insert.setString(3, "standard:batch-" + run + "-" + i);
                    insert.setBytes(4, body);
                    insert.setInt(5, body.length);
                    insert.setTimestamp(6, Timestamp.from(at.plusMillis(i)));
                    insert.setTimestamp(7, Timestamp.from(at));
                    insert.executeUpdate();
                }
                i++;
            }
            connection.commit();
        }

        await().atMost(PATIENCE).until(() -> log(endpoint).stream().noneMatch(d -> "RECEIVED".equals(d.get("status"))));
        assertEquals(List.of("PROCESSED", "FAILED", "PROCESSED"), log(endpoint).reversed().stream()
                .map(delivery -> delivery.get("status")).toList(), "oldest first");
        assertEquals(true, dealNamed("Batch one " + run) != null);
        assertEquals(null, dealNamed("Batch two " + run));
        assertEquals(true, dealNamed("Batch three " + run) != null, "applied although a delivery before it failed");
    }

    private static Map<String, Object> endpoint() {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("provider", "standard", "name", "Generic " + UUID.randomUUID()))
                .post("/webhooks/endpoints").then().statusCode(201).extract().as(Map.class);
    }

    private static byte[] change(String kind, String externalId, Instant occurredAt, Map<String, Object> fields) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(Map.of("kind", kind,
                    "externalId", externalId, "occurredAt", occurredAt.toString(), "fields", fields));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deliver(Map<String, Object> endpoint, String id, byte[] body) {
        long now = Instant.now().getEpochSecond();
        given().contentType(ContentType.JSON).header("webhook-id", id).header("webhook-timestamp", now)
                .header("webhook-signature", StandardWebhooks.signature((String) endpoint.get("secret"), id, now, body))
                .body(body).post("/webhooks/standard/{id}", endpoint.get("id")).then().statusCode(202);
    }

    private static List<Map<String, Object>> log(Map<String, Object> endpoint) {
        return admin().get("/webhooks/endpoints/{id}/deliveries", endpoint.get("id")).then().statusCode(200)
                .extract().path("$");
    }

    private static String dealNamed(String name) {
        List<String> ids = admin().queryParam("q", name).get("/deals").then().statusCode(200).extract()
                .path("items.id");
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(KeycloakTokens.accessToken("acme-admin"));
    }
}
