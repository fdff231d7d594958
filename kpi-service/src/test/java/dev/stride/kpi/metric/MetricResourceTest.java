package dev.stride.kpi.metric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "rep-metrics", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = "metric-resource-test"))
class MetricResourceTest {

    @Test
    void theCatalogueHasEveryMetricOfMetricsMdWithItsUnitAndDirection() {
        given().get("/metrics")
                .then().statusCode(200)
                .body("$", hasSize(22))
                .body("id", hasItems("leads.new", "deals.won.amount", "leads.conversion_rate", "revenue.nrr",
                        "customers.ltv", "pipeline.weighted_amount", "revenue.mrr"))
                .body("find { it.id == 'deals.won.amount' }.unit", equalTo("MONEY"))
                .body("find { it.id == 'deals.won.amount' }.kind", equalTo("SUM"))
                .body("find { it.id == 'deals.cycle_days' }.direction", equalTo("LOWER"))
                .body("find { it.id == 'deals.win_rate' }.maximum", equalTo(1))
                .body("find { it.id == 'activities.count' }.filters", hasItems("ACTIVITY_TYPE"));
    }
}
