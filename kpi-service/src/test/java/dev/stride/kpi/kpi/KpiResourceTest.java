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

@QuarkusTest
@TestSecurity(user = "manager-kpis", roles = "manager")
@OidcSecurity(claims = @Claim(key = "tenant", value = KpiResourceTest.TENANT))
class KpiResourceTest {

    static final String TENANT = "kpi-resource-test";

    @Test
    void aKpiUnderAKsfKeepsEveryVersionOfItsTargets() {
        String kgi = Goals.createKgi("売上 +30% " + UUID.randomUUID());
        String ksf = Goals.createKsf(kgi, "リードの量を増やす");
        Map<String, Object> kpi = with(aKpi("月間新規リード数"), "ksfId", ksf);
        String id = Kpis.create(kpi);

        given().get("/kpis/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("direction", equalTo("HIGHER"))
                .body("periodType", equalTo("MONTH"))
                .body("reviewCadence", equalTo("MONTHLY"))
                .body("targets.value", equalTo(List.of(120, 130)));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(kpi, "targets", List.of(Map.of("periodStart", "2027-01-01", "value", 150))))
                .put("/kpis/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        // the gateway's gzip makes ETags weak on the way out; the version they name still matches
        given().contentType(ContentType.JSON).header("If-Match", "W/\"1\"")
                .body(with(kpi, "targets", List.of(Map.of("periodStart", "2027-01-01", "value", 150))))
                .put("/kpis/{id}", id).then().statusCode(200).header("ETag", "\"2\"");

        given().get("/kpis/{id}/versions", id).then().statusCode(200)
                .body("version", equalTo(List.of(2, 1, 0)))
                .body("changedBy", equalTo(List.of("manager-kpis", "manager-kpis", "manager-kpis")))
                .body("[0].state.targets.value", equalTo(List.of(150)))
                .body("[2].state.targets.value", equalTo(List.of(120, 130)));
        given().queryParam("ksfId", ksf).get("/kpis").then().body("id", equalTo(List.of(id)));
    }

    @Test
    void badDefinitionsAreRefusedNamingTheFieldAndChangeNothing() {
        String other = Kpis.create(aKpi("Sub of nothing"));
        Map<String, Object> kpi = aKpi("Bad");
        List<Map<String, Object>> bad = List.of(
                with(kpi, "metricId", "leads.magic"),
                with(kpi, "targets", List.of(Map.of("periodStart", "2027-01-01", "value", -5))),
                with(with(kpi, "metricId", "deals.win_rate"), "targets",
                        List.of(Map.of("periodStart", "2027-01-01", "value", 35))),
                with(with(kpi, "periodType", "QUARTER"), "targets",
                        List.of(Map.of("periodStart", "2027-02-01", "value", 300))),
                with(kpi, "targets", List.of(Map.of("periodStart", "2027-01-15", "value", 1))),
                with(kpi, "targets", List.of(Map.of("periodStart", "2027-01-01", "value", 1),
                        Map.of("periodStart", "2027-01-01", "value", 2))),
                with(with(kpi, "metricId", "activities.count"), "filters", Map.of("source", "web")),
                with(kpi, "filters", Map.of("activityType", "FAX")),
                with(with(kpi, "kgiId", Goals.createKgi("Parent " + UUID.randomUUID())), "parentKpiId", other),
                with(kpi, "kgiId", UUID.randomUUID().toString()),
                with(kpi, "ownerTeamId", UUID.randomUUID().toString()),
                with(kpi, "benchmarks", List.of(Map.of("kind", "COMPETITOR", "name", "Rival KK", "value", 100,
                        "source", "IR", "asOf", "2099-01-01"))),
                with(kpi, "name", " "));
        List<String> fields = List.of("metricId", "targets[0].value", "targets[0].value", "targets[0].periodStart",
                "targets[0].periodStart", "targets[1].periodStart", "filters", "filters.activityType", "parentKpiId",
                "kgiId", "ownerTeamId", "benchmarks[0].asOf", "name");
        int before = given().get("/kpis").then().extract().path("size()");

        for (int i = 0; i < bad.size(); i++) {
            given().contentType(ContentType.JSON).body(bad.get(i)).post("/kpis")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(fields.get(i)));
        }
        given().get("/kpis").then().body("size()", equalTo(before));
    }

    @Test
    void aKpiCannotBeUnderItselfOrItsOwnSubKpi() {
        Map<String, Object> top = aKpi("Top");
        String a = Kpis.create(top);
        String b = Kpis.create(with(aKpi("Sub"), "parentKpiId", a));

        given().contentType(ContentType.JSON).body(with(top, "parentKpiId", b)).put("/kpis/{id}", a)
                .then().statusCode(400).body("errors.field", hasItem("parentKpiId"))
                .body("errors.message", hasItem(containsString("cannot be under itself")));
        given().contentType(ContentType.JSON).body(with(top, "parentKpiId", a)).put("/kpis/{id}", a)
                .then().statusCode(400).body("errors.field", hasItem("parentKpiId"));
        given().get("/kpis/{id}", a).then().body("parentKpiId", equalTo(null)).body("version", equalTo(0));
    }

    @Test
    void aClosedPeriodsTargetIsFrozen() {
        Map<String, Object> kpi = with(aKpi("Frozen past"), "targets", List.of(
                Map.of("periodStart", "2025-10-01", "value", 100), Map.of("periodStart", "2027-01-01", "value", 120)));
        String id = Kpis.create(kpi);
        List<Map<String, Object>> changesToThePast = List.of(
                with(kpi, "targets", List.of(Map.of("periodStart", "2025-10-01", "value", 90),
                        Map.of("periodStart", "2027-01-01", "value", 120))),
                with(kpi, "targets", List.of(Map.of("periodStart", "2027-01-01", "value", 120))),
                with(kpi, "targets", List.of(Map.of("periodStart", "2025-09-01", "value", 5),
                        Map.of("periodStart", "2025-10-01", "value", 100))),
                with(with(kpi, "periodType", "QUARTER"), "targets",
                        List.of(Map.of("periodStart", "2025-10-01", "value", 100))));

        for (Map<String, Object> change : changesToThePast) {
            given().contentType(ContentType.JSON).body(change).put("/kpis/{id}", id)
                    .then().statusCode(409).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(with(kpi, "targets", List.of(
                Map.of("periodStart", "2025-10-01", "value", 100), Map.of("periodStart", "2027-01-01", "value", 140))))
                .put("/kpis/{id}", id).then().statusCode(200).body("targets[1].value", equalTo(140));
    }

    @Test
    void somethingWithChildrenCannotBeDeletedAndAStaleVersionIsRefused() {
        String kgi = Goals.createKgi("Delete " + UUID.randomUUID());
        String ksf = Goals.createKsf(kgi, "Has a KPI");
        String parent = Kpis.create(with(aKpi("Parent"), "ksfId", ksf));
        String child = Kpis.create(with(aKpi("Child"), "parentKpiId", parent));

        given().delete("/kpis/{id}", parent).then().statusCode(409).contentType("application/problem+json");
        given().delete("/ksfs/{id}", ksf).then().statusCode(409);
        given().delete("/kgis/{id}", kgi).then().statusCode(409);
        given().header("If-Match", "\"7\"").delete("/kpis/{id}", child).then().statusCode(412);

        given().delete("/kpis/{id}", child).then().statusCode(204);
        given().delete("/kpis/{id}", parent).then().statusCode(204);
        given().delete("/ksfs/{id}", ksf).then().statusCode(204);
        given().delete("/kgis/{id}", kgi).then().statusCode(204);
        given().get("/kpis/{id}", child).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "rep-kpis", roles = "rep")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT))
    void aRepReadsTheTreeButCannotChangeIt() {
        given().get("/kpis").then().statusCode(200);
        given().contentType(ContentType.JSON).body(aKpi("Mine")).post("/kpis").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Goals.aKgi("Mine")).post("/kgis").then().statusCode(403);
        given().contentType(ContentType.JSON).body(aKpi("Mine")).put("/kpis/{id}", UUID.randomUUID())
                .then().statusCode(403);
    }
}
