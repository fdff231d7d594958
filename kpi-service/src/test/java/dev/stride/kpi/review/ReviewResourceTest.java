package dev.stride.kpi.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "manager-reviews", roles = "manager")
@OidcSecurity(claims = @Claim(key = "tenant", value = ReviewResourceTest.TENANT))
class ReviewResourceTest {

    static final String TENANT = "review-resource-test";
    private static final LocalDate THIS_MONTH = LocalDate.now(ZoneId.of("Asia/Tokyo")).withDayOfMonth(1);
    private static final LocalDate LAST_MONTH = THIS_MONTH.minusMonths(1);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aMonthsReviewHasItsNotesActionsAndASubKpiMadeFromAnAction() {
        String kpi = kpi("Monthly new leads", "MONTHLY");

        given().contentType(ContentType.JSON).body(Map.of("plan", "展示会で 40 件", "do", "展示会 2 回", "check",
                "目標の 60 %", "act", "ウェビナーを追加")).put("/reviews/{kpi}/{period}", kpi, LAST_MONTH.toString())
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("do", equalTo("展示会 2 回"))
                .body("periodEnd", equalTo(THIS_MONTH.toString()))
                .body("reviewerId", equalTo("manager-reviews"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("act", "ウェビナーを月 2 回"))
                .put("/reviews/{kpi}/{period}", kpi, LAST_MONTH.toString()).then().statusCode(200)
                .header("ETag", "\"1\"");
        String action = given().contentType(ContentType.JSON).body(Map.of("fact", "展示会経由が 60 %", "cause",
                "ブースの位置", "action", "ウェビナー経由のリード数を追う", "dueOn", THIS_MONTH.plusMonths(1).toString()))
                .post("/reviews/{kpi}/{period}/actions", kpi, LAST_MONTH.toString())
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");

        Map<String, Object> subKpi = Map.of("name", "ウェビナー経由リード数", "metricId", "leads.new", "filters",
                Map.of("source", "event"), "kgiId", UUID.randomUUID().toString());
        String sub = given().contentType(ContentType.JSON).body(subKpi).post("/review-actions/{id}/sub-kpi", action)
                .then().statusCode(201).body("parentKpiId", equalTo(kpi)).body("kgiId", equalTo(null))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(subKpi).post("/review-actions/{id}/sub-kpi", action)
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/reviews/{kpi}/{period}", kpi, LAST_MONTH.toString()).then().statusCode(200)
                .body("act", equalTo("ウェビナーを月 2 回"))
                .body("plan", equalTo(null))
                .body("actions.subKpiId", equalTo(List.of(sub)));
    }

    @Test
    void aReviewPeriodMustStartAPeriodOfTheCadenceThatHasBegun() {
        String quarterly = kpi("Quarterly", "QUARTERLY");
        LocalDate quarter = LocalDate.of(THIS_MONTH.getYear(), ((THIS_MONTH.getMonthValue() - 4 + 12) % 12 / 3 * 3 + 3)
                % 12 + 1, 1);
        given().contentType(ContentType.JSON).body(Map.of("plan", "x"))
                .put("/reviews/{kpi}/{period}", quarterly, quarter.plusMonths(1).toString())
                .then().statusCode(400).body("errors.field", hasItem("periodStart"));
        given().contentType(ContentType.JSON).body(Map.of("plan", "x"))
                .put("/reviews/{kpi}/{period}", kpi("Monthly", "MONTHLY"), THIS_MONTH.plusMonths(1).toString())
                .then().statusCode(400).body("errors.field", hasItem("periodStart"));
    }

    @Test
    void aKpiWithoutLastMonthsReviewIsDueUntilItIsWritten() throws SQLException {
        String fresh = kpi("Defined today", "MONTHLY");
        String old = kpi("Defined months ago", "MONTHLY");
        defineMonthsAgo(old);

        given().get("/reviews/due").then().statusCode(200)
                .body("kpiId", hasItem(old))
                .body("kpiId", not(hasItem(fresh)))
                .body("find { it.kpiId == '" + old + "' }.periodStart", equalTo(LAST_MONTH.toString()));
        given().contentType(ContentType.JSON).body(Map.of("check", "done")).put("/reviews/{kpi}/{period}", old,
                LAST_MONTH.toString()).then().statusCode(200);
        given().get("/reviews/due").then().body("kpiId", not(hasItem(old)));
    }

    @Test
    void theQuarterlyReviewSumsCountsAndAveragesRatesOverTheQuarter() {
        String leads = given().contentType(ContentType.JSON).body(Map.of("name", "Quarter leads", "metricId",
                "leads.new", "targets", List.of(target("2026-10-01", 100), target("2026-11-01", 100),
                        target("2026-12-01", 100), target("2027-01-01", 500)))).post("/kpis")
                .then().statusCode(201).extract().path("id");
        String winRate = given().contentType(ContentType.JSON).body(Map.of("name", "Quarter win rate", "metricId",
                "deals.win_rate", "targets", List.of(target("2026-10-01", 0.3), target("2026-11-01", 0.3),
                        target("2026-12-01", 0.36)))).post("/kpis")
                .then().statusCode(201).extract().path("id");

        given().queryParam("quarterStart", "2026-10-01").get("/reviews/quarterly").then().statusCode(200)
                .body("find { it.kpiId == '" + leads + "' }.target", equalTo(300))
                .body("find { it.kpiId == '" + winRate + "' }.target", equalTo(0.32f))
                .body("find { it.kpiId == '" + leads + "' }.actual", equalTo(null))
                .body("find { it.kpiId == '" + leads + "' }.attainment", equalTo(null));
        given().queryParam("quarterStart", "2026-11-01").get("/reviews/quarterly").then().statusCode(400)
                .body("errors.field", hasItem("quarterStart"));
    }

    @Test
    @TestSecurity(user = "rep-reviews", roles = "rep")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT))
    void aRepReviewsOnlyTheirOwnKpis() throws SQLException {
        given().contentType(ContentType.JSON).body(Map.of("plan", "x"))
                .put("/reviews/{kpi}/{period}", someoneElsesKpi(), LAST_MONTH.toString())
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static Map<String, Object> target(String periodStart, Object value) {
        return Map.of("periodStart", periodStart, "value", value);
    }

    private static String kpi(String name, String cadence) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "metricId", "leads.new", "ownerId",
                "manager-reviews", "reviewCadence", cadence));
        return given().contentType(ContentType.JSON).body(body).post("/kpis").then().statusCode(201)
                .extract().path("id");
    }

    /** A KPI owned by someone else, written straight to the database (a rep cannot define one). */
    private String someoneElsesKpi() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into kpi (id, tenant_id, name, owner_id, metric_id, filters, direction, period_type, targets,
                                 benchmarks, review_cadence, created_at, updated_at, version)
                values (?, ?, 'Not mine', 'manager-reviews', 'leads.new', '{}', 'HIGHER', 'MONTH', '[]', '[]',
                        'MONTHLY', now(), now(), 0)""")) {
            insert.setObject(1, id);
            insert.setString(2, TENANT);
            insert.executeUpdate();
        }
        return id.toString();
    }

    private void defineMonthsAgo(String kpi) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "update kpi set created_at = now() - interval '100 days' where id = ?")) {
            update.setObject(1, UUID.fromString(kpi));
            update.executeUpdate();
        }
    }
}
