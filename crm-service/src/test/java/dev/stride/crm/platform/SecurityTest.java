package dev.stride.crm.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityTest {

    private static final Map<String, Object> DEAL = Map.of("name", "Deal", "amount", 1, "currency", "JPY");

    @Test
    void requestWithoutTokenIsUnauthorizedProblem() {
        given().contentType(ContentType.JSON).body(DEAL)
                .post("/deals")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("detail", containsString("bearer token"));
    }

    @Test
    void forgedTokenIsUnauthorizedProblem() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/deals/00000000-0000-0000-0000-000000000000")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "rep-without-tenant", roles = "rep")
    void tokenWithoutTenantIsForbidden() {
        given().contentType(ContentType.JSON).body(DEAL)
                .post("/deals")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("not assigned to a tenant"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "security-test"))
    void tokenWithoutAStrideRoleIsForbidden() {
        given().contentType(ContentType.JSON).body(DEAL)
                .post("/deals")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void metricsAreNotServedOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/deals"));
    }
}
