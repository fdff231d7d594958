package dev.stride.kpi.goal;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** A goal tree's upper levels through the API, as the caller the test runs as. */
public final class Goals {

    private Goals() {
    }

    /** A fiscal-year revenue KGI (FY2027, April to March): +30 % over 100 million yen. */
    public static Map<String, Object> aKgi(String name) {
        Map<String, Object> kgi = new HashMap<>();
        kgi.put("name", name);
        kgi.put("metricId", "deals.won.amount");
        kgi.put("baseline", 100_000_000);
        kgi.put("target", 130_000_000);
        kgi.put("startsOn", "2027-04-01");
        kgi.put("deadline", "2028-03-31");
        return kgi;
    }

    public static String createKgi(String name) {
        return given().contentType(ContentType.JSON).body(aKgi(name)).post("/kgis")
                .then().statusCode(201).extract().path("id");
    }

    public static String createKsf(String kgiId, String name) {
        return given().contentType(ContentType.JSON).body(Map.of("kgiId", kgiId, "name", name)).post("/ksfs")
                .then().statusCode(201).extract().path("id");
    }
}
