package dev.stride.kpi.okr;

import static io.restassured.RestAssured.given;

import dev.stride.kpi.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With real tokens: a rep cannot change objectives but checks in on the key results they own, and only on those. */
@QuarkusTest
class OkrRolesTest {

    @Test
    void acmeRepChecksInOnOwnKeyResultsOnly() {
        String admin = KeycloakTokens.accessToken("acme-admin");
        String rep = KeycloakTokens.accessToken("acme-rep");
        String objective = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(OkrResourceTest.objective("Rep's quarter " + UUID.randomUUID())).post("/objectives")
                .then().statusCode(201).extract().path("id");
        String own = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("title", "Own", "startValue", 0, "targetValue", 4, "ownerId",
                        KeycloakTokens.subjectOf("acme-rep")))
                .post("/objectives/{id}/key-results", objective).then().statusCode(201).extract().path("id");
        String others = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("title", "Someone else's", "startValue", 0, "targetValue", 4))
                .post("/objectives/{id}/key-results", objective).then().statusCode(201).extract().path("id");

        given().auth().oauth2(rep).contentType(ContentType.JSON).body(Map.of("value", 1, "confidence", 7))
                .post("/key-results/{id}/check-ins", own).then().statusCode(201);
        given().auth().oauth2(rep).contentType(ContentType.JSON).body(Map.of("value", 1, "confidence", 7))
                .post("/key-results/{id}/check-ins", others).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(rep).contentType(ContentType.JSON).body(OkrResourceTest.objective("Mine"))
                .post("/objectives").then().statusCode(403);
        given().auth().oauth2(rep).contentType(ContentType.JSON)
                .body(Map.of("title", "Mine", "startValue", 0, "targetValue", 1))
                .post("/objectives/{id}/key-results", objective).then().statusCode(403);
    }
}
