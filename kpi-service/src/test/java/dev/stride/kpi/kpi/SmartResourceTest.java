package dev.stride.kpi.kpi;

import static dev.stride.kpi.kpi.Kpis.aKpi;
import static dev.stride.kpi.kpi.Kpis.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.stride.kpi.goal.Goals;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Against the test stack, where analytics-service does not run: the check must still answer, saying so. */
@QuarkusTest
@TestSecurity(user = "manager-smart", roles = "manager")
@OidcSecurity(claims = @Claim(key = "tenant", value = "smart-resource-test"))
class SmartResourceTest {

    @Test
    void aDraftIsCheckedInJapaneseWithoutBeingSaved() {
        int before = given().get("/kpis").then().extract().path("size()");

        given().contentType(ContentType.JSON).header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8")
                .body(Map.of("name", "月間新規リード数", "metricId", "leads.new")).post("/smart-check")
                .then().statusCode(200)
                .body("criteria.criterion", equalTo(List.of("SPECIFIC", "MEASURABLE", "ACHIEVABLE", "RELATED",
                        "TIME_BOUND")))
                .body("criteria.verdict", equalTo(List.of("FAIL", "WARN", "WARN", "FAIL", "FAIL")))
                .body("criteria[0].explanation", equalTo("責任者がいません。担当者かチームを設定してください。"))
                .body("criteria[2].explanation", containsString("目標"))
                .body("suggestedTarget", equalTo(null));
        given().get("/kpis").then().body("size()", equalTo(before));
    }

    @Test
    void aSavedKpiUnderAKsfIsRelatedAndTimeBound() {
        String ksf = Goals.createKsf(Goals.createKgi("Smart " + UUID.randomUUID()), "More leads");
        String id = Kpis.create(with(aKpi("Monthly new leads"), "ksfId", ksf));

        given().header("Accept-Language", "en").get("/kpis/{id}/smart-check", id)
                .then().statusCode(200)
                .body("criteria.verdict", equalTo(List.of("PASS", "WARN", "WARN", "PASS", "PASS")))
                .body("criteria[2].explanation", containsString("could not answer in time"))
                .body("criteria[3].explanation", equalTo("It serves the KSF \"More leads\", so its progress explains "
                        + "the goal's."))
                .body("criteria[4].explanation", equalTo("It has targets until 2027-02-28, the end of its last "
                        + "period."));
    }

    @Test
    void aGrowthOutOfRangeOrAMalformedParameterIsRefusedNamingIt() {
        given().contentType(ContentType.JSON).queryParam("growth", "11").body(aKpi("Any")).post("/smart-check")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("growth"));
        given().contentType(ContentType.JSON).body("{not json").post("/smart-check")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/kpis/{id}/smart-check", UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON).queryParam("growth", "ten %").body(aKpi("Any")).post("/smart-check")
                .then().statusCode(400).body("errors.field", hasItem("growth"));
        given().queryParam("kgiId", "not-an-id").get("/kpis").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("kgiId"));
        given().queryParam("quarterStart", "Q4").get("/reviews/quarterly").then().statusCode(400)
                .body("errors.field", hasItem("quarterStart"));
    }
}
