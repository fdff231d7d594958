package dev.stride.crm.deal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.stride.crm.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The whole security chain with real tokens from the stack's Keycloak: issuer, keys, roles and tenant claim. */
@QuarkusTest
class RealTokenTest {

    @Test
    void acmeRepCreatesAndWinsADealThatGlobexCannotSee() {
        String id = Deals.create(given().auth().oauth2(KeycloakTokens.accessToken("acme-rep")));
        given().auth().oauth2(KeycloakTokens.accessToken("acme-rep"))
                .contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(200);

        given().auth().oauth2(KeycloakTokens.accessToken("globex-rep"))
                .get("/deals/{id}", id)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void tokenMintedForAnotherAudienceIsRefused() {
        given().auth().oauth2(KeycloakTokens.serviceAccountToken())
                .get("/deals/{id}", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void userWithoutTenantIsForbidden() {
        given().auth().oauth2(KeycloakTokens.accessToken("nobody-rep"))
                .contentType(ContentType.JSON).body(Deals.aDeal())
                .post("/deals")
                .then().statusCode(403)
                .body("detail", containsString("not assigned to a tenant"));
    }

    @Test
    void userWithTwoTenantsIsForbidden() {
        given().auth().oauth2(KeycloakTokens.accessToken("multi-rep"))
                .contentType(ContentType.JSON).body(Deals.aDeal())
                .post("/deals")
                .then().statusCode(403)
                .body("detail", containsString("2 tenants"));
    }
}
