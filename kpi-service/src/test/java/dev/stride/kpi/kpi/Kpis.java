package dev.stride.kpi.kpi;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** KPIs through the API, as the caller the test runs as. */
final class Kpis {

    private Kpis() {
    }

    /** New leads per month, with targets for January and February 2027 (open periods). */
    static Map<String, Object> aKpi(String name) {
        Map<String, Object> kpi = new HashMap<>();
        kpi.put("name", name);
        kpi.put("description", "Webと紹介から獲得する新規リードの月間件数");
        kpi.put("ownerId", "manager-kpis");
        kpi.put("metricId", "leads.new");
        kpi.put("targets", List.of(Map.of("periodStart", "2027-01-01", "value", 120),
                Map.of("periodStart", "2027-02-01", "value", 130)));
        return kpi;
    }

    static Map<String, Object> with(Map<String, Object> kpi, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(kpi);
        changed.put(field, value);
        return changed;
    }

    static String create(Map<String, Object> kpi) {
        return given().contentType(ContentType.JSON).body(kpi).post("/kpis")
                .then().statusCode(201).extract().path("id");
    }
}
