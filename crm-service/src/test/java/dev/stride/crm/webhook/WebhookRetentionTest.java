package dev.stride.crm.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.platform.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A delivery's raw headers and body are kept for its endpoint's retention and then purged; its log line stays, and
 * a delivery still waiting to be applied keeps them.
 */
@QuarkusTest
class WebhookRetentionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    WebhookDeliveryPurge purge;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookRows rows;

    @Test
    void bodiesPastTheEndpointsRetentionArePurgedAndTheLogLineStays() throws SQLException {
        Map<String, Object> endpoint = admin().contentType(ContentType.JSON)
                .body(Map.of("provider", "standard", "name", "Kept " + UUID.randomUUID(), "bodyRetentionDays", 7))
                .post("/webhooks/endpoints").then().statusCode(201).body("bodyRetentionDays", equalTo(7))
                .extract().as(Map.class);
        String id = (String) endpoint.get("id");
        String old = deliver(endpoint, "not json: fails");
        String recent = deliver(endpoint, "also not json");
        String waiting = deliver(endpoint, "waiting");
        await().atMost(PATIENCE).until(() -> log(id).size() == 3
                && log(id).stream().allMatch(d -> "FAILED".equals(d.get("status"))));
        // as if it were still waiting for a retry
        rows.update("update webhook_delivery set status = 'RECEIVED', "
                + "next_attempt_at = ?::timestamptz + interval '1 day' where body = ?", Instant.now().toString(),
                "waiting".getBytes(StandardCharsets.UTF_8));
        rows.update("update webhook_delivery set received_at = received_at - interval '8 days' where endpoint_id = ? "
                + "and dedupe_key in (?, ?)", UUID.fromString(id), "standard:" + old, "standard:" + waiting);

        assertEquals(true, purge.purge() >= 1);

        Map<String, Map<String, Object>> byKey = new java.util.HashMap<>();
        log(id).forEach(d -> byKey.put((String) d.get("dedupeKey"), d));
        Map<String, Object> purged = byKey.get("standard:" + old);
        assertEquals(true, purged.get("purgedAt") != null, purged.toString());
        assertEquals("not json: fails".length(), purged.get("bytes"), "the size stays");
        assertEquals("FAILED", purged.get("status"));
        assertEquals(null, byKey.get("standard:" + recent).get("purgedAt"), "inside the retention");
        assertEquals(null, byKey.get("standard:" + waiting).get("purgedAt"), "still waiting to be applied");
        assertEquals(null, body(id, old), "the raw body is gone");
        assertEquals("also not json", body(id, recent));

        admin().post("/webhooks/endpoints/{id}/deliveries/{delivery}/replay", id, purged.get("id")).then()
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString("purged after the endpoint's 7 "
                        + "days"));
        assertEquals(0, purge.purge(), "nothing more is due");
    }

    @Test
    void theRetentionIsBetweenOneAndThreeThousandSixHundredFiftyDays() {
        admin().contentType(ContentType.JSON)
                .body(Map.of("provider", "standard", "name", "Bad " + UUID.randomUUID(), "bodyRetentionDays", 0))
                .post("/webhooks/endpoints").then().statusCode(400).body("errors.field", hasItem("bodyRetentionDays"));
        Map<String, Object> endpoint = admin().contentType(ContentType.JSON)
                .body(Map.of("provider", "standard", "name", "Default " + UUID.randomUUID()))
                .post("/webhooks/endpoints").then().statusCode(201).body("bodyRetentionDays", equalTo(30))
                .extract().as(Map.class);
        String etag = admin().get("/webhooks/endpoints/{id}", endpoint.get("id")).then().extract().header("ETag");
        admin().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("bodyRetentionDays", 3651))
                .put("/webhooks/endpoints/{id}/retention", endpoint.get("id")).then().statusCode(400)
                .body("errors.field", hasItem("bodyRetentionDays"));
        admin().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("bodyRetentionDays", 90))
                .put("/webhooks/endpoints/{id}/retention", endpoint.get("id")).then().statusCode(200)
                .body("bodyRetentionDays", equalTo(90)).header("ETag", notNullValue());
    }

    private String deliver(Map<String, Object> endpoint, String text) {
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).header("webhook-id", id).header("webhook-timestamp", now)
                .header("webhook-signature", StandardWebhooks.signature((String) endpoint.get("secret"), id, now, body))
                .body(body).post("/webhooks/standard/{id}", endpoint.get("id")).then().statusCode(202);
        return id;
    }

    private String body(String endpoint, String deliveryId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select body from webhook_delivery where endpoint_id = ? and dedupe_key = ?")) {
            select.setObject(1, UUID.fromString(endpoint));
            select.setString(2, "standard:" + deliveryId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                byte[] body = row.getBytes(1);
                return body == null ? null : new String(body, StandardCharsets.UTF_8);
            }
        }
    }

    private static List<Map<String, Object>> log(String endpoint) {
        return admin().get("/webhooks/endpoints/{id}/deliveries", endpoint).then().statusCode(200).extract().path("$");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(KeycloakTokens.accessToken("acme-admin"));
    }
}
