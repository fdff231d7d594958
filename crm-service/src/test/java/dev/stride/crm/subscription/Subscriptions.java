package dev.stride.crm.subscription;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** Subscription fixtures through the real API. */
final class Subscriptions {

    private Subscriptions() {
    }

    static String anAccount() {
        return given().contentType(ContentType.JSON).body(Map.of("name", "さくら精機株式会社"))
                .post("/accounts").then().statusCode(201).extract().path("id");
    }

    /** Standard at 50,000 JPY a month from 2026-04-01, renewing 2027-04-01, plus the given fields. */
    static Map<String, Object> aSubscription(String accountId, Object... fields) {
        Map<String, Object> subscription = new HashMap<>(Map.of("accountId", accountId, "plan", "Standard",
                "mrr", 50000, "currency", "JPY", "startedOn", "2026-04-01", "renewsOn", "2027-04-01"));
        for (int i = 0; i < fields.length; i += 2) {
            subscription.put((String) fields[i], fields[i + 1]);
        }
        return subscription;
    }

    static String start(Map<String, Object> subscription) {
        return given().contentType(ContentType.JSON).body(subscription)
                .post("/subscriptions").then().statusCode(201).extract().path("id");
    }

    static void post(String id, String action, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body)
                .post("/subscriptions/{id}/" + action, id).then().statusCode(200);
    }
}
