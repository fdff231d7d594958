package dev.stride.crm.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
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
        as("acme-admin").get("/webhooks/endpoints/{id}/deliveries", id).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].dedupeKey", equalTo("standard:" + messageId))
                .body("[0].bytes", equalTo(BODY.length));
        as("acme-admin").get("/webhooks/endpoints/{id}/deliveries?limit=0", id).then().statusCode(400);
        as("globex-admin").get("/webhooks/endpoints/{id}/deliveries", id).then().statusCode(404);
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
        // without a declared length (chunked), the stream is read no further than one byte past the limit
        long now = Instant.now().getEpochSecond();
        signed((String) endpoint.get("secret"), "msg_chunked", now, large)
                .body(new java.io.ByteArrayInputStream(large)).post("/webhooks/standard/{id}", id).then()
                .statusCode(413).contentType("application/problem+json");
        assertEquals(0, deliveries(id));
    }

    @Test
    void hubSpotDeliveriesAreVerifiedByTheAppSecretOverTheirPublicUri() throws SQLException {
        String appSecret = "app-secret-" + UUID.randomUUID();
        Map<String, Object> endpoint = createWith(Map.of("provider", "hubspot", "name", "HubSpot " + UUID.randomUUID(),
                "secret", appSecret));
        assertEquals(null, endpoint.get("secret"), "the app's secret is never echoed");
        String id = (String) endpoint.get("id");
        String uri = "http://localhost:8080" + endpoint.get("path");
        byte[] body = ("[{\"eventId\":7,\"subscriptionType\":\"deal.propertyChange\",\"objectId\":" + id.hashCode()
                + ",\"propertyName\":\"dealstage\",\"propertyValue\":\"closedwon\"}]")
                .getBytes(StandardCharsets.UTF_8);
        String now = Long.toString(Instant.now().toEpochMilli());

        for (int i = 0; i < 3; i++) {
            hubSpot(appSecret, uri, body, now).post("/webhooks/hubspot/{id}", id).then().statusCode(202);
        }
        assertEquals(1, deliveries(id), "HubSpot's batches have no id: the same body is the same delivery");

        String stale = Long.toString(Instant.now().minusSeconds(301).toEpochMilli());
        rejected(hubSpot(appSecret, uri, body, stale), id, "hubspot");
        rejected(hubSpot("another secret", uri, body, now), id, "hubspot");
        rejected(hubSpot(appSecret, uri, body, now).body("[]"), id, "hubspot");
        assertEquals(1, deliveries(id));

        // the app's secret rotated in HubSpot: the new one is given, the old one still counts for a day
        String rotated = "app-secret-" + UUID.randomUUID();
        as("acme-admin").post("/webhooks/endpoints/{id}/rotate", id).then().statusCode(409);
        as("acme-admin").contentType(ContentType.JSON).body(Map.of("secret", rotated))
                .put("/webhooks/endpoints/{id}/secret", id).then().statusCode(200)
                .body("previousSecretValidUntil", not(nullValue()));
        hubSpot(rotated, uri, "[{\"eventId\":8}]".getBytes(StandardCharsets.UTF_8), now)
                .post("/webhooks/hubspot/{id}", id).then().statusCode(202);
        hubSpot(appSecret, uri, "[{\"eventId\":9}]".getBytes(StandardCharsets.UTF_8), now)
                .post("/webhooks/hubspot/{id}", id).then().statusCode(202);
        assertEquals(3, deliveries(id));
    }

    @Test
    void pipedriveDeliveriesCarryTheEndpointsBasicCredentials() throws SQLException {
        Map<String, Object> endpoint = createWith(Map.of("provider", "pipedrive", "name",
                "Pipedrive " + UUID.randomUUID()));
        String id = (String) endpoint.get("id");
        String username = (String) endpoint.get("username");
        String password = (String) endpoint.get("secret");
        String event = "evt-" + UUID.randomUUID();
        String body = "{\"meta\":{\"id\":\"" + event + "\",\"action\":\"change\",\"entity\":\"deal\"},"
                + "\"data\":{\"id\":42,\"status\":\"won\"}}";

        for (int i = 0; i < 2; i++) {
            given().auth().preemptive().basic(username, password).contentType(ContentType.JSON).body(body)
                    .post("/webhooks/pipedrive/{id}", id).then().statusCode(202);
        }
        assertEquals(1, deliveries(id));
        assertEquals("pipedrive:" + event, dedupeKeys(id));

        rejected(given().auth().preemptive().basic(username, password + "x").body(body), id, "pipedrive");
        rejected(given().auth().preemptive().basic(username + "x", password).body(body), id, "pipedrive");
        rejected(given().body(body), id, "pipedrive");
        as("acme-admin").get("/webhooks/endpoints/{id}", id).then().body("username", equalTo(username))
                .body("secret", nullValue()).body("rejected", equalTo(3));
    }

    @Test
    void salesforceMessagesOfTheEndpointsOrganizationAreAcknowledgedInSoap() throws SQLException {
        Map<String, Object> endpoint = createWith(Map.of("provider", "salesforce", "name", "SF " + UUID.randomUUID(),
                "organizationId", "00D5g000004abcD", "allowedSenders", List.of("127.0.0.1")));
        String id = (String) endpoint.get("id");
        String message = outboundMessage("00D5g000004abcDEAX", "04l5g00000" + Math.abs(id.hashCode() % 100000));

        for (int i = 0; i < 2; i++) {
            given().contentType("text/xml; charset=UTF-8").body(message).post("/webhooks/salesforce/{id}", id).then()
                    .statusCode(200).contentType(startsWith("text/xml"))
                    .body(org.hamcrest.Matchers.containsString("<Ack>true</Ack>"));
        }
        assertEquals(1, deliveries(id));

        rejected(given().body(outboundMessage("00D5g000009zzzZEAX", "04l5g0000012345")), id, "salesforce");
        rejected(given().body("<not-soap/>"), id, "salesforce");
        rejected(given().body("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), id,
                "salesforce");
        as("acme-admin").contentType(ContentType.JSON).body(Map.of("provider", "salesforce", "name", "bad",
                "organizationId", "not-an-org", "allowedSenders", List.of("127.0.0.1"))).post("/webhooks/endpoints")
                .then().statusCode(400).body("errors.field", hasItem("organizationId"));
        as("acme-admin").contentType(ContentType.JSON).body(Map.of("provider", "standard", "name", "bad",
                "secret", "mine")).post("/webhooks/endpoints").then().statusCode(400)
                .body("errors.field", hasItem("secret"));
        as("acme-admin").post("/webhooks/endpoints/{id}/rotate", id).then().statusCode(409);
    }

    @Test
    void aSalesforceEndpointNeedsTheSendersRangesAndTakesDeliveriesFromThemAlone() throws SQLException {
        Map<String, String> salesforce = Map.of("provider", "salesforce", "name", "SF " + UUID.randomUUID(),
                "organizationId", "00D5g000004abcD");
        as("acme-admin").contentType(ContentType.JSON).body(salesforce).post("/webhooks/endpoints").then()
                .statusCode(400).body("errors.field", hasItem("allowedSenders"));
        for (String bad : List.of("13.108.0.0/33", "salesforce.com", "2001:db8::/129", "")) {
            as("acme-admin").contentType(ContentType.JSON)
                    .body(Map.of("provider", "standard", "name", "bad", "allowedSenders", List.of("10.0.0.0/8", bad)))
                    .post("/webhooks/endpoints").then().statusCode(400)
                    .body("errors.field", hasItem("allowedSenders[1]"));
        }

        Map<String, Object> endpoint = createWith(Map.of("provider", "salesforce", "name", "SF " + UUID.randomUUID(),
                "organizationId", "00D5g000004abcD", "allowedSenders", List.of("203.0.113.0/24", "2001:db8::/32")));
        String id = (String) endpoint.get("id");
        assertEquals(List.of("203.0.113.0/24", "2001:db8::/32"), endpoint.get("allowedSenders"));
        String message = outboundMessage("00D5g000004abcDEAX", "04l5g00001" + Math.abs(id.hashCode() % 100000));

        // the gateway (a trusted proxy) names the client in X-Forwarded-For
        rejected(given().header("X-Forwarded-For", "198.51.100.7").body(message), id, "salesforce");
        rejected(given().body(message), id, "salesforce"); // this test's own address, 127.0.0.1
        given().header("X-Forwarded-For", "203.0.113.9").contentType("text/xml; charset=UTF-8").body(message)
                .post("/webhooks/salesforce/{id}", id).then().statusCode(200);
        assertEquals(1, deliveries(id));
        as("acme-admin").get("/webhooks/endpoints/{id}", id).then().body("rejected", equalTo(2));

        // replaced: now this test's address alone; a Salesforce endpoint keeps at least one range
        String etag = as("acme-admin").get("/webhooks/endpoints/{id}", id).then().extract().header("ETag");
        as("acme-admin").header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("allowedSenders", List.of())).put("/webhooks/endpoints/{id}/allowed-senders", id)
                .then().statusCode(400).body("errors.field", hasItem("allowedSenders"));
        as("acme-admin").header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("allowedSenders", List.of("127.0.0.1")))
                .put("/webhooks/endpoints/{id}/allowed-senders", id)
                .then().statusCode(200).body("allowedSenders", equalTo(List.of("127.0.0.1/32")));
        rejected(given().header("X-Forwarded-For", "203.0.113.9").body(message), id, "salesforce");
    }

    @Test
    void aSignedDeliveryFromOutsideTheEndpointsRangesIsRefused() {
        Map<String, Object> endpoint = createWith(Map.of("provider", "standard", "name", "Ranged " + UUID.randomUUID(),
                "allowedSenders", List.of("192.0.2.0/24")));
        String id = (String) endpoint.get("id");
        String secret = (String) endpoint.get("secret");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        signed(secret, "msg_out_" + id, now, body).header("X-Forwarded-For", "198.51.100.1")
                .post("/webhooks/standard/{id}", id).then().statusCode(401);
        signed(secret, "msg_in_" + id, now, body).header("X-Forwarded-For", "192.0.2.77")
                .post("/webhooks/standard/{id}", id).then().statusCode(202);
    }

    private static RequestSpecification hubSpot(String secret, String uri, byte[] body, String timestamp) {
        return given().contentType(ContentType.JSON).header("X-HubSpot-Request-Timestamp", timestamp)
                .header("X-HubSpot-Signature-v3", HubSpotSignatures.v3(secret, "POST", uri, body, timestamp))
                .body(body);
    }

    private static String outboundMessage(String organization, String notification) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
                 <soapenv:Body>
                  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
                   <OrganizationId>%s</OrganizationId>
                   <ActionId>04k5g000000abcdAAA</ActionId>
                   <SessionId xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
                   <Notification>
                    <Id>%s</Id>
                    <sObject xsi:type="sf:Opportunity" xmlns:sf="urn:sobject.enterprise.soap.sforce.com"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                     <sf:Id>0065g00000AbCdEAAV</sf:Id>
                     <sf:StageName>Closed Won</sf:StageName>
                    </sObject>
                   </Notification>
                  </notifications>
                 </soapenv:Body>
                </soapenv:Envelope>
                """.formatted(organization, notification);
    }

    private String dedupeKeys(String endpoint) throws SQLException {
        return single("select string_agg(dedupe_key, ',') from webhook_delivery where endpoint_id = ?", endpoint);
    }

    private static Map<String, Object> create(String provider) {
        Map<String, Object> created = createWith(Map.of("provider", provider, "name", "CRM " + UUID.randomUUID()));
        assertTrue(((String) created.get("secret")).startsWith("whsec_"));
        return created;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> createWith(Map<String, ?> request) {
        return as("acme-admin").contentType(ContentType.JSON).body(request).post("/webhooks/endpoints").then()
                .statusCode(201).extract().as(Map.class);
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
        return rejected(request.contentType(ContentType.JSON), endpoint, "standard");
    }

    private static String rejected(RequestSpecification request, String endpoint, String provider) {
        return request.post("/webhooks/{provider}/{id}", provider, endpoint).then()
                .statusCode(401).contentType("application/problem+json").extract().path("detail");
    }

    private long deliveries(String endpoint) throws SQLException {
        return Long.parseLong(single("select count(*) from webhook_delivery where endpoint_id = ?", endpoint));
    }

    /** The one value a query about an endpoint's deliveries answers. */
    private String single(String sql, String endpoint) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                sql)) {
            query.setObject(1, UUID.fromString(endpoint));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user));
    }
}
