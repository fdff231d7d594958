package dev.stride.crm.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.crm.platform.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A storm: 5,000 deliveries about 250 deals (each a deal's whole state at a moment: open with a changing amount, won or
 * lost), a tenth of them delivered twice, all in shuffled order. The CRM must end exactly in the state the ordered,
 * de-duplicated sequence gives: each deal as its latest delivery says.
 */
@QuarkusTest
class WebhookStormTest {

    private static final int DELIVERIES = 5_000;
    private static final int DEALS = 250;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shuffledDuplicatedDeliveriesEndInTheStateOfTheOrderedSequence() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<String, Object> endpoint = given().auth().oauth2(KeycloakTokens.accessToken("acme-admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("provider", "standard", "name", "Storm " + UUID.randomUUID()))
                .post("/webhooks/endpoints").then().statusCode(201).extract().as(Map.class);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().minus(Duration.ofDays(30));

        List<Delivery> ordered = new ArrayList<>();
        Map<String, State> expected = new LinkedHashMap<>();
        for (int i = 0; i < DELIVERIES; i++) {
            String deal = "storm-" + run + "-" + random.nextInt(DEALS);
            State state = State.random(random, deal);
            Instant occurredAt = start.plusSeconds(i);
            ordered.add(new Delivery("msg_" + run + "_" + i, body(deal, occurredAt, state)));
            expected.put(deal, state);
        }
        List<Delivery> storm = new ArrayList<>(ordered);
        for (int i = 0; i < DELIVERIES / 10; i++) {
            storm.add(ordered.get(random.nextInt(DELIVERIES)));
        }
        Collections.shuffle(storm, random);

        for (Delivery delivery : storm) {
            long now = Instant.now().getEpochSecond();
            given().contentType(ContentType.JSON).header("webhook-id", delivery.id())
                    .header("webhook-timestamp", now)
                    .header("webhook-signature", StandardWebhooks.signature((String) endpoint.get("secret"),
                            delivery.id(), now, delivery.body()))
                    .body(delivery.body()).post("/webhooks/standard/{id}", endpoint.get("id")).then().statusCode(202);
        }

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> pending((String) endpoint.get("id")) == 0);
        assertEquals(Map.of("PROCESSED+SUPERSEDED", (long) DELIVERIES), outcomes((String) endpoint.get("id")),
                "every distinct delivery applied or superseded, none failed (seed " + seed + ")");
        assertEquals(expected, actual(run), "the state of the ordered, de-duplicated sequence (seed " + seed + ")");
    }

    /** A deal's state as one delivery carries it. */
    record State(String status, long amount) {

        static State random(Random random, String deal) {
            int roll = random.nextInt(10);
            String status = roll < 6 ? "OPEN" : roll < 8 ? "WON" : "LOST";
            return new State(status, 10_000L * (1 + random.nextInt(500)));
        }
    }

    record Delivery(String id, byte[] body) {
    }

    private static byte[] body(String deal, Instant occurredAt, State state) throws JsonProcessingException {
        Map<String, Object> fields = new HashMap<>(Map.of("name", "Storm deal " + deal, "amount", state.amount(),
                "currency", "JPY", "status", state.status()));
        if (!state.status().equals("OPEN")) {
            fields.put("closedAt", occurredAt.toString());
        }
        if (state.status().equals("LOST")) {
            fields.put("lostReason", "Price");
        }
        return JSON.writeValueAsBytes(Map.of("kind", "deals", "externalId", deal, "occurredAt", occurredAt.toString(),
                "fields", fields));
    }

    private long pending(String endpoint) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select count(*) from webhook_delivery where endpoint_id = ? and status = 'RECEIVED'")) {
            query.setObject(1, UUID.fromString(endpoint));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** How many deliveries ended applied or superseded, and how many otherwise, by outcome. */
    private Map<String, Long> outcomes(String endpoint) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select case when status in ('PROCESSED', 'SUPERSEDED') then 'PROCESSED+SUPERSEDED' "
                        + "else status || ': ' || coalesce(reason, '') end, count(*) from webhook_delivery "
                        + "where endpoint_id = ? group by 1")) {
            query.setObject(1, UUID.fromString(endpoint));
            Map<String, Long> outcomes = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    outcomes.put(rows.getString(1), rows.getLong(2));
                }
            }
            return outcomes;
        }
    }

    /** The run's deals as the CRM holds them, by external id. */
    private Map<String, State> actual(String run) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select external_id, status, amount from deal where tenant_id = 'acme' and external_id like ?")) {
            query.setString(1, "storm-" + run + "-%");
            Map<String, State> actual = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actual.put(rows.getString(1), new State(rows.getString(2), rows.getBigDecimal(3).longValueExact()));
                }
            }
            return actual;
        }
    }
}
