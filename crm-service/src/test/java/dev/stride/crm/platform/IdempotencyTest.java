package dev.stride.crm.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key is its user's: a colleague in the same tenant with the same key gets a creation of their own. */
@QuarkusTest
class IdempotencyTest {

    @Test
    void twoUsersOfOneTenantWithTheSameKeyEachCreateTheirOwnDeal() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> deal = Map.of("name", "Same key " + key, "amount", 100_000, "currency", "JPY");
        String rep = KeycloakTokens.accessToken("acme-rep");
        String colleague = KeycloakTokens.accessToken("acme-rep-2");

        String first = given().auth().oauth2(rep).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(deal).post("/deals").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(colleague).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(deal).post("/deals").then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("ownerId", equalTo(KeycloakTokens.subjectOf("acme-rep-2"))).extract().path("id");
        assertNotEquals(first, second, "the colleague's request is not answered with the first user's deal");

        given().auth().oauth2(rep).header("Idempotency-Key", key).contentType(ContentType.JSON).body(deal)
                .post("/deals").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }
}
