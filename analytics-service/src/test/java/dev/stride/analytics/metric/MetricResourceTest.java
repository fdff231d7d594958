package dev.stride.analytics.metric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "analyst", roles = "manager")
@OidcSecurity(claims = @Claim(key = "tenant", value = "metric-resource-test"))
class MetricResourceTest {

    @Test
    void tenantWithoutDataHasZeroWonDeals() {
        given().get("/metrics/deals.won.count?from=2026-04-01&to=2027-04-01")
                .then().statusCode(200)
                .body("metric", equalTo("deals.won.count"))
                .body("from", equalTo("2026-04-01"))
                .body("to", equalTo("2027-04-01"))
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("value", equalTo(0));
    }

    @Test
    void periodDefaultsToTheCurrentMonthInTheTenantsTimeZone() {
        LocalDate firstOfMonth = LocalDate.now(ZoneId.of("Asia/Tokyo")).withDayOfMonth(1);
        given().get("/metrics/deals.won.count")
                .then().statusCode(200)
                .body("from", equalTo(firstOfMonth.toString()))
                .body("to", equalTo(firstOfMonth.plusMonths(1).toString()));
    }

    @Test
    void malformedDateIsRejectedNamingTheParameter() {
        given().get("/metrics/deals.won.count?from=2026-13-01")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("from"))
                .body("detail", containsString("YYYY-MM-DD"));
    }

    @Test
    void dateOutsideTheSupportedYearsIsRejectedNamingTheParameter() {
        for (String from : new String[] { "+999999999-12-01", "-5000-01-01", "+300000-01-01" }) {
            given().queryParam("from", from).get("/metrics/deals.won.count")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("from"));
        }
    }

    @Test
    void aPeriodOfMoreThanTenYearsIsRejectedNamingTheParameter() {
        given().get("/metrics/deals.won.count?from=2010-01-01&to=2020-01-02")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("to"))
                .body("detail", containsString("at most 10 years"));
        given().get("/metrics/deals.won.count?from=2016-01-01&to=2026-01-01").then().statusCode(200);
    }

    @Test
    void emptyPeriodIsRejected() {
        given().get("/metrics/deals.won.count?from=2026-11-10&to=2026-11-10")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("to"));
    }

    @Test
    void unknownMetricIsRejectedListingTheAvailableOnes() {
        given().get("/metrics/deals.lost.count")
                .then().statusCode(400)
                .body("errors.field", hasItem("metricId"))
                .contentType("application/problem+json")
                .body("detail", containsString("deals.won.count"));
    }

    @Test
    @TestSecurity(user = "no-tenant", roles = "rep")
    void tokenWithoutTenantIsForbidden() {
        given().get("/metrics/deals.won.count")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    @Test
    void everyMetricAnswersForATenantWithoutData() {
        for (Metric metric : Metric.values()) {
            given().get("/metrics/" + metric.id() + "?from=2026-04-01&to=2026-05-01")
                    .then().statusCode(200)
                    .body("metric", equalTo(metric.id()))
                    .body("leftOut", equalTo(0));
        }
        given().get("/metrics/deals.win_rate?from=2026-04-01&to=2026-05-01").then().body("value", nullValue());
    }

    @Test
    void filterOnADimensionTheMetricLacksIsRejectedNamingIt() {
        given().get("/metrics/activities.count?pipelineId=" + UUID.randomUUID())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("pipelineId"))
                .body("detail", containsString("activityType"));
    }

    @Test
    void malformedFilterIsRejectedNamingIt() {
        given().get("/metrics/deals.won.count?teamId=sales")
                .then().statusCode(400)
                .body("errors.field", hasItem("teamId"));
        given().get("/metrics/activities.count?activityType=lunch")
                .then().statusCode(400)
                .body("errors.field", hasItem("activityType"));
    }

    @Test
    void seriesCutsThePeriodIntoBucketsAlignedToWeeksAndMonths() {
        given().get("/metrics/deals.won.amount/series?from=2026-04-15&to=2026-07-01&bucket=month")
                .then().statusCode(200)
                .body("bucket", equalTo("MONTH"))
                .body("points.from", contains("2026-04-15", "2026-05-01", "2026-06-01"))
                .body("points.to", contains("2026-05-01", "2026-06-01", "2026-07-01"));
        given().get("/metrics/deals.win_rate/series?from=2026-11-04&to=2026-11-18&bucket=week")
                .then().statusCode(200)
                .body("points.from", contains("2026-11-04", "2026-11-09", "2026-11-16"));
    }

    @Test
    void seriesTooFineForItsPeriodIsRejected() {
        given().get("/metrics/deals.created/series?from=2020-01-01&to=2026-01-01&bucket=day")
                .then().statusCode(400)
                .body("errors.field", hasItem("bucket"))
                .body("detail", containsString("larger bucket"));
        given().get("/metrics/deals.created/series?bucket=hour")
                .then().statusCode(400)
                .body("errors.field", hasItem("bucket"));
    }

    @Test
    void recordsOfAFigureComeWithTheirSetsAndAMalformedLimitIsRejected() {
        given().get("/metrics/deals.win_rate/records?from=2026-04-01&to=2026-05-01")
                .then().statusCode(200)
                .body("numerator.total", equalTo(0))
                .body("denominator.total", equalTo(0))
                .body("value", nullValue());
        given().get("/metrics/deals.won.count/records?limit=many")
                .then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().get("/metrics/deals.won.count/records?limit=0")
                .then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().get("/metrics/customers.ltv/records")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("revenue.mrr"));
    }
}
