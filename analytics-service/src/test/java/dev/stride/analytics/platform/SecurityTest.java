package dev.stride.analytics.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityTest {

    @Test
    void requestWithoutTokenIsUnauthorizedProblem() {
        given().get("/metrics/deals.won.count")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void realAcmeTokenReadsItsTenantsMetric() {
        given().auth().oauth2(KeycloakTokens.accessToken("acme-rep"))
                .get("/metrics/deals.won.count")
                .then().statusCode(200)
                .body("metric", equalTo("deals.won.count"))
                .body("value", notNullValue());
    }

    @Test
    void realTokenWithoutTenantIsForbidden() {
        given().auth().oauth2(KeycloakTokens.accessToken("nobody-rep"))
                .get("/metrics/deals.won.count")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/metrics/{metricId}"));
    }
}
