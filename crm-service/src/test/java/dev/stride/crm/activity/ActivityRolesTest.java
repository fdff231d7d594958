package dev.stride.crm.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
    void aRepCannotChangeSomeoneElsesActivityAndAnotherTenantCannotSeeIt() {
        String account = as("acme-manager").contentType(ContentType.JSON).body(Map.of("name", "Roles KK"))
                .post("/accounts").then().statusCode(201).extract().path("id");
        Map<String, Object> call = Activities.aCall("accountId", account, "ownerId", "someone-else");
        String id = as("acme-manager").contentType(ContentType.JSON).body(call)
                .post("/activities").then().statusCode(201).extract().path("id");

        as("acme-rep").contentType(ContentType.JSON).body(call).put("/activities/{id}", id)
                .then().statusCode(403).contentType("application/problem+json");
        as("acme-rep").contentType(ContentType.JSON).body("{}").post("/activities/{id}/complete", id)
                .then().statusCode(403);
        as("acme-rep").delete("/activities/{id}", id).then().statusCode(403);

        as("globex-admin").get("/activities/{id}", id).then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(call).put("/activities/{id}", id)
                .then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body("{}").post("/activities/{id}/complete", id)
                .then().statusCode(404);
        as("globex-admin").delete("/activities/{id}", id).then().statusCode(404);
        as("acme-rep").get("/activities/{id}", id).then().statusCode(200).body("ownerId", equalTo("someone-else"));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user));
    }
}
