package dev.stride.kpi.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityTest {

    @Test
    void requestWithoutTokenIsUnauthorizedProblem() {
        given().get("/settings")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    @TestSecurity(user = "rep-without-tenant", roles = "rep")
    void tokenWithoutTenantIsForbidden() {
        given().get("/settings")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("not assigned to a tenant"));
    }

    @Test
    void realGlobexTokenReadsItsSettings() {
        given().auth().oauth2(KeycloakTokens.accessToken("globex-admin"))
                .get("/settings")
                .then().statusCode(200)
                .body("currency", equalTo("JPY"));
    }

    @Test
    void realTokenWithTwoTenantsIsForbidden() {
        given().auth().oauth2(KeycloakTokens.accessToken("multi-rep"))
                .get("/settings")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/settings"));
    }
}
