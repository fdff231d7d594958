package dev.stride.kpi.kpi;

import static dev.stride.kpi.kpi.Kpis.aKpi;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.stride.kpi.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** With real Keycloak tokens of the demo users: tenants see nothing of each other, reps cannot change the tree. */
@QuarkusTest
class KpiTenancyTest {

    @Test
    void anotherTenantsKpiIsIndistinguishableFromAMissingOne() {
        String acme = KeycloakTokens.accessToken("acme-admin");
        String globex = KeycloakTokens.accessToken("globex-admin");
        String id = given().auth().oauth2(acme).contentType(ContentType.JSON).body(aKpi("Acme only")).post("/kpis")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(globex).get("/kpis/{id}", id).then().statusCode(404);
        given().auth().oauth2(globex).get("/kpis/{id}/versions", id).then().statusCode(404);
        given().auth().oauth2(globex).contentType(ContentType.JSON).body(aKpi("Taken")).put("/kpis/{id}", id)
                .then().statusCode(404);
        given().auth().oauth2(globex).delete("/kpis/{id}", id).then().statusCode(404);
        given().auth().oauth2(acme).get("/kpis/{id}", id).then().statusCode(200).body("name", equalTo("Acme only"));
    }

    @Test
    void acmeRepCannotChangeTheTree() {
        String rep = KeycloakTokens.accessToken("acme-rep");
        String id = given().auth().oauth2(KeycloakTokens.accessToken("acme-admin")).contentType(ContentType.JSON)
                .body(aKpi("Admin's")).post("/kpis").then().statusCode(201).extract().path("id");

        given().auth().oauth2(rep).get("/kpis/{id}", id).then().statusCode(200);
        given().auth().oauth2(rep).contentType(ContentType.JSON).body(aKpi("Rep's")).put("/kpis/{id}", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(rep).delete("/kpis/{id}", id).then().statusCode(403);
    }
}
