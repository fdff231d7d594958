package dev.stride.crm.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.stride.crm.platform.AcmeTeams;
import dev.stride.crm.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may change an activity, with real tokens of the demo users. */
@QuarkusTest
class ActivityRolesTest {

    @Test
    void aRepCannotChangeAnotherTeamsActivityAndAnotherTenantCannotSeeIt() {
        AcmeTeams.ensure();
        String account = as("acme-rep").contentType(ContentType.JSON).body(Map.of("name", "Roles KK"))
                .post("/accounts").then().statusCode(201).extract().path("id");
        Map<String, Object> call = Activities.aCall("accountId", account);
        String id = as("acme-rep").contentType(ContentType.JSON).body(call)
                .post("/activities").then().statusCode(201).extract().path("id");

        as("acme-rep-2").contentType(ContentType.JSON).body(call).put("/activities/{id}", id)
                .then().statusCode(403).contentType("application/problem+json");
        as("acme-rep-2").contentType(ContentType.JSON).body("{}").post("/activities/{id}/complete", id)
                .then().statusCode(403);
        as("acme-rep-2").delete("/activities/{id}", id).then().statusCode(403);

        as("globex-admin").get("/activities/{id}", id).then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(call).put("/activities/{id}", id)
                .then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body("{}").post("/activities/{id}/complete", id)
                .then().statusCode(404);
        as("globex-admin").delete("/activities/{id}", id).then().statusCode(404);
        as("acme-manager").contentType(ContentType.JSON).body("{}").post("/activities/{id}/complete", id)
                .then().statusCode(200).body("ownerId", equalTo(KeycloakTokens.subjectOf("acme-rep")));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user));
    }
}
