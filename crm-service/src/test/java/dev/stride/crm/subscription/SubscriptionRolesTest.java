package dev.stride.crm.subscription;

import static io.restassured.RestAssured.given;

import dev.stride.crm.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tenant isolation with real tokens of the demo users. */
@QuarkusTest
class SubscriptionRolesTest {

    @Test
    void anotherTenantsSubscriptionIsNotFoundOnEveryEndpoint() {
        String acme = KeycloakTokens.accessToken("acme-rep");
        String account = given().auth().oauth2(acme).contentType(ContentType.JSON).body(Map.of("name", "Acme KK"))
                .post("/accounts").then().statusCode(201).extract().path("id");
        String id = given().auth().oauth2(acme).contentType(ContentType.JSON)
                .body(Subscriptions.aSubscription(account)).post("/subscriptions")
                .then().statusCode(201).extract().path("id");
        String globex = KeycloakTokens.accessToken("globex-admin");

        given().auth().oauth2(globex).get("/subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(globex).get("/subscriptions/{id}/changes", id).then().statusCode(404);
        given().auth().oauth2(globex).contentType(ContentType.JSON).body(Map.of("plan", "Stolen"))
                .put("/subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(globex).contentType(ContentType.JSON)
                .body(Map.of("mrr", 1, "effectiveOn", "2026-05-01")).post("/subscriptions/{id}/mrr", id)
                .then().statusCode(404);
        given().auth().oauth2(globex).contentType(ContentType.JSON).body(Map.of("renewsOn", "2030-01-01"))
                .post("/subscriptions/{id}/renew", id).then().statusCode(404);
        given().auth().oauth2(globex).contentType(ContentType.JSON)
                .body(Map.of("cancelledOn", "2026-05-01", "reason", "x")).post("/subscriptions/{id}/cancel", id)
                .then().statusCode(404);
        given().auth().oauth2(globex).delete("/subscriptions/{id}", id).then().statusCode(404);
        given().auth().oauth2(acme).get("/subscriptions/{id}", id).then().statusCode(200);
    }
}
