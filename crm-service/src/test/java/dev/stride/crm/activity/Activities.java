package dev.stride.crm.activity;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** Activity fixtures through the real API. */
final class Activities {

    private Activities() {
    }

    /** An account to link activities to; returns its id. */
    static String anAccount() {
        return given().contentType(ContentType.JSON).body(Map.of("name", "さくら精機株式会社"))
                .post("/accounts").then().statusCode(201).extract().path("id");
    }

    /** A call an hour ago, linked as given, plus the given fields. */
    static Map<String, Object> aCall(Object... fields) {
        Map<String, Object> call = new HashMap<>(Map.of("type", "CALL", "subject", "導入時期の確認",
                "notes", "Budget approved for Q1", "at", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "durationMinutes", 30, "outcome", "Demo booked"));
        for (int i = 0; i < fields.length; i += 2) {
            call.put((String) fields[i], fields[i + 1]);
        }
        return call;
    }

    static String create(Map<String, Object> activity) {
        return given().contentType(ContentType.JSON).body(activity)
                .post("/activities").then().statusCode(201).extract().path("id");
    }
}
