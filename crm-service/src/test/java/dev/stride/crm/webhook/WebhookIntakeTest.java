package dev.stride.crm.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.platform.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Webhook endpoints (admins, real Keycloak tokens) and Standard Webhooks deliveries to them: verified on the raw body,
 * stored once, rejected with one answer whatever failed, and nothing stored then but a counter.
 */
@QuarkusTest
class WebhookIntakeTest {

    private static final byte[] BODY = "{\"type\":\"deal.won\",\"data\":{\"id\":\"42\"}}"
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAdminCreatesAnEndpointWhoseSecretIsShownOnceAndOthersCannot() {
        Map<String, Object> created = create("standard");
        String id = (String) created.get("id");
        assertEquals("/api/crm/webhooks/standard/" + id, created.get("path"));

        as("acme-admin").get("/webhooks/endpoints/{id}", id).then().statusCode(200)
                .body("secret", nullValue()).body("enabled", equalTo(true)).body("rejected", equalTo(0));
        as("acme-admin").get("/webhooks/endpoints").then().statusCode(200)
                .body("id", hasItem(id)).body("secret", not(hasItem(startsWith("whsec_"))));
        as("acme-manager").get("/webhooks/endpoints").then().statusCode(403)
                .contentType("application/problem+json");
        as("globex-admin").get("/webhooks/endpoints/{id}", id).then().statusCode(404);
        as("acme-admin").contentType(ContentType.JSON).body(Map.of("provider", "zoho", "name", "x"))
                .post("/webhooks/endpoints").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("provider"));
        as("acme-admin").contentType(ContentType.JSON).body(Map.of("provider", "standard", "name", created.get("name")))
                .post("/webhooks/endpoints").then().statusCode(409);
    }

    @Test
    void theSameDeliveryTenTimesIsStoredOnceAndAnsweredEveryTime() throws SQLException {
        Map<String, Object> endpoint = create("standard");
        String id = (String) endpoint.get("id");
        String messageId = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();

        for (int i = 0; i < 10; i++) {
            deliver(id, (String) endpoint.get("secret"), messageId, now, BODY).statusCode(202);
        }

        assertEquals(1, deliveries(id));
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select tenant_id, dedupe_key, body, headers ->> 'webhook-id' from webhook_delivery "
                        + "where endpoint_id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals("acme", row.getString(1));
                assertEquals("standard:" + messageId, row.getString(2));
                assertEquals(new String(BODY, StandardCharsets.UTF_8),
                        new String(row.getBytes(3), StandardCharsets.UTF_8), "the raw body");
                assertEquals(messageId, row.getString(4));
            }
        }
    }

    @Test
    void aTamperedBodyAStaleTimestampAWrongSecretOrNoSignatureAreRejectedAlikeAndOnlyCounted() throws SQLException {
        Map<String, Object> endpoint = create("standard");
        String id = (String) endpoint.get("id");
        String secret = (String) endpoint.get("secret");
        long now = Instant.now().getEpochSecond();
        String signature = StandardWebhooks.signature(secret, "msg_1", now, BODY);

        String tampered = rejected(given().header("webhook-id", "msg_1").header("webhook-timestamp", now)
                .header("webhook-signature", signature).body("{\"type\":\"deal.lost\"}"), id);
        String stale = rejected(signed(secret, "msg_2", now - 301, BODY), id);
        String wrongSecret = rejected(signed(StandardWebhooks.newSecret(), "msg_3", now, BODY), id);
        String unsigned = rejected(given().header("webhook-id", "msg_4").header("webhook-timestamp", now).body(BODY),
                id);

        assertEquals(tampered, stale);
        assertEquals(tampered, wrongSecret);
        assertEquals(tampered, unsigned);
        assertEquals(0, deliveries(id));
        as("acme-admin").get("/webhooks/endpoints/{id}", id).then().body("rejected", equalTo(4));
        rejected(signed(secret, "msg_5", now, BODY), UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(BODY).post("/webhooks/standard/not-an-id").then().statusCode(401);
    }

    @Test
    void afterARotationTheOldSecretIsAcceptedForADayBesideTheNewOne() throws SQLException {
        Map<String, Object> endpoint = create("standard");
        String id = (String) endpoint.get("id");
        String old = (String) endpoint.get("secret");

        String rotated = as("acme-admin").post("/webhooks/endpoints/{id}/rotate", id).then().statusCode(200)
                .body("previousSecretValidUntil", not(nullValue())).extract().path("secret");
        long now = Instant.now().getEpochSecond();

        deliver(id, old, "msg_old", now, BODY).statusCode(202);
        deliver(id, rotated, "msg_new", now, BODY).statusCode(202);
        assertEquals(2, deliveries(id));
        as("acme-admin").get("/webhooks/endpoints/{id}", id).then().body("secret", nullValue());
    }

    @Test
    void aDisabledEndpointTakesNothingUntilEnabledAndADeletedOneNeverAgain() throws SQLException {
        Map<String, Object> endpoint = create("standard");
        String id = (String) endpoint.get("id");
        String secret = (String) endpoint.get("secret");
        long now = Instant.now().getEpochSecond();

        as("acme-admin").post("/webhooks/endpoints/{id}/disable", id).then().statusCode(200)
                .body("enabled", equalTo(false));
        deliver(id, secret, "msg_a", now, BODY).statusCode(401);
        as("acme-admin").post("/webhooks/endpoints/{id}/enable", id).then().statusCode(200);
        deliver(id, secret, "msg_a", now, BODY).statusCode(202);

        as("acme-admin").delete("/webhooks/endpoints/{id}", id).then().statusCode(204);
        deliver(id, secret, "msg_b", now, BODY).statusCode(401);
        assertEquals(0, deliveries(id), "its deliveries went with it");
    }

    @Test
    void aDeliveryOverTheLimitIsRefusedUnread() throws SQLException {
        Map<String, Object> endpoint = create("standard");
        String id = (String) endpoint.get("id");
        byte[] large = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'x');

        deliver(id, (String) endpoint.get("secret"), "msg_large", Instant.now().getEpochSecond(), large)
                .statusCode(413).contentType("application/problem+json");
        assertEquals(0, deliveries(id));
    }

    private static Map<String, Object> create(String provider) {
        return as("acme-admin").contentType(ContentType.JSON)
                .body(Map.of("provider", provider, "name", "CRM " + UUID.randomUUID()))
                .post("/webhooks/endpoints").then().statusCode(201)
                .body("secret", startsWith("whsec_")).extract().as(Map.class);
    }

    private static ValidatableResponse deliver(String endpoint, String secret, String id, long timestamp,
            byte[] body) {
        return signed(secret, id, timestamp, body).post("/webhooks/standard/{id}", endpoint).then();
    }

    private static RequestSpecification signed(String secret, String id, long timestamp, byte[] body) {
        return given().contentType(ContentType.JSON).header("webhook-id", id).header("webhook-timestamp", timestamp)
                .header("webhook-signature", StandardWebhooks.signature(secret, id, timestamp, body)).body(body);
    }

    /** Posts and expects the one 401 every failure gets; returns its detail. */
    private static String rejected(RequestSpecification request, String endpoint) {
        return request.contentType(ContentType.JSON).post("/webhooks/standard/{id}", endpoint).then()
                .statusCode(401).contentType("application/problem+json").extract().path("detail");
    }

    private long deliveries(String endpoint) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select count(*) from webhook_delivery where endpoint_id = ?")) {
            query.setObject(1, UUID.fromString(endpoint));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user));
    }
}
