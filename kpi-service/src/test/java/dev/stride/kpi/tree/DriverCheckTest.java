package dev.stride.kpi.tree;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin-drivers", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = "driver-check-test"))
class DriverCheckTest {

    @Test
    void theSalesTemplatesKpisMultiplyUpToItsRevenue() {
        String kgi = given().post("/templates/sales/apply").then().statusCode(201).extract().path("id");

        JsonPath checks = JsonPath.from(given().get("/tree/driver-checks").then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        String check = "find { it.nodeId == '" + kgi + "' }";
        assertEquals("deals.won.amount = leads.new × leads.conversion_rate × deals.win_rate × deals.avg_size",
                checks.getString(check + ".formula"));
        long monthly = 10_000_005; // 100 leads × 25 % × 30 % × 1,333,334
        assertEquals(0, BigDecimal.valueOf(monthly * 12).compareTo(new BigDecimal(checks.getString(check
                + ".derived"))));
        assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(checks.getString(check + ".shortfall"))),
                "the template adds up");
        assertEquals(List.of(), checks.getList(check + ".periodsWithoutTargets"));
    }

    @Test
    void aTeamSplitThatDoesNotAddUpShowsItsShortfallPeriodByPeriod() {
        String parent = kpi("All leads", 100, null);
        kpi("East leads", 60, parent);
        kpi("West leads", 30, parent);

        JsonPath checks = given().get("/tree/driver-checks").then().extract().jsonPath();
        String check = "find { it.nodeId == '" + parent + "' }";
        assertEquals("leads.new = Σ leads.new", checks.getString(check + ".formula"));
        assertEquals(90, checks.getInt(check + ".periods[0].derived"));
        assertEquals(false, checks.getBoolean(check + ".periods[0].addsUp"));
        assertEquals(10, checks.getInt(check + ".shortfall"));
    }

    private static String kpi(String name, int target, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "metricId", "leads.new", "targets",
                List.of(Map.of("periodStart", "2027-01-01", "value", target))));
        if (parent != null) {
            body.put("parentKpiId", parent);
        }
        return given().contentType(ContentType.JSON).body(body).post("/kpis").then().statusCode(201)
                .extract().path("id");
    }
}
