package dev.stride.kpi.template;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin-templates", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = TemplateResourceTest.TENANT))
class TemplateResourceTest {

    static final String TENANT = "template-resource-test";

    @Test
    void theSalesTemplateCreatesAWholeJapaneseTreeForTheRestOfTheFiscalYear() {
        String kgi = given().header("Accept-Language", "ja").post("/templates/sales/apply")
                .then().statusCode(201)
                .body("name", equalTo("年間売上目標"))
                .body("metricId", equalTo("deals.won.amount"))
                .body("target", equalTo(120_000_000))
                .body("ownerId", equalTo("admin-templates"))
                .extract().path("id");

        JsonPath tree = given().get("/tree").then().statusCode(200).extract().jsonPath();
        String node = "kgis.find { it.kgi.id == '" + kgi + "' }";
        assertEquals(List.of("リードの量と質を高める", "商談を受注につなげる"), tree.getList(node + ".ksfs.ksf.name"));
        assertEquals(List.of("月間新規リード数", "リード商談化率"), tree.getList(node + ".ksfs[0].kpis.kpi.name"));
        assertEquals(List.of("月間受注件数", "受注率", "平均受注単価", "月間活動数"),
                tree.getList(node + ".ksfs[1].kpis.kpi.name"));
        assertEquals(8, tree.getInt(node + ".ksfs[1].kpis[0].kpi.targets[0].value"), "100 × 25 % × 30 % = 7.5 → 8");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int yearStart = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        assertEquals(12, tree.getList(node + ".ksfs[0].kpis[0].kpi.targets").size(), "a target for every month");
        assertEquals(yearStart + "-04-01", tree.getString(node + ".ksfs[0].kpis[0].kpi.targets[0].periodStart"));
        assertEquals(1_333_334, tree.getInt(node + ".ksfs[1].kpis[2].kpi.targets[0].value"),
                "120M a year = 10M a month = 100 leads × 25 % × 30 % = 7.5 deals of 1,333,334");
    }

    @Test
    void templatesAreListedInTheCallersLanguage() {
        given().header("Accept-Language", "en-US").get("/templates")
                .then().statusCode(200)
                .body("id", equalTo(List.of("sales", "subscription")))
                .body("[1].kgi", equalTo("Net revenue retention 105 %"))
                .body("[1].kpis", hasSize(5));
    }

    @Test
    void anUnknownTemplateOrABadRevenueIsRefused() {
        given().post("/templates/unicorn/apply").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("revenue", "-1").post("/templates/sales/apply").then().statusCode(400)
                .body("errors.field", hasItem("revenue"));
    }

    @Test
    @TestSecurity(user = "rep-templates", roles = "rep")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT))
    void aRepCannotApplyATemplate() {
        given().post("/templates/sales/apply").then().statusCode(403);
    }
}
