package dev.stride.crm.deal;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Deal fixtures through the real API. */
final class Deals {

    private Deals() {
    }

    static Map<String, Object> aDeal() {
        return Map.of("name", "Acme renewal FY2027", "amount", 1200000, "currency", "JPY");
    }

    /** {@link #aDeal()} plus the given fields, e.g. {@code with("stageId", id)}. */
    static Map<String, Object> aDealWith(Object... fields) {
        Map<String, Object> deal = new HashMap<>(aDeal());
        for (int i = 0; i < fields.length; i += 2) {
            deal.put((String) fields[i], fields[i + 1]);
        }
        return deal;
    }

    /** Creates a deal as the given (already authenticated) request and returns its id. */
    static String create(RequestSpecification as, Map<String, Object> deal) {
        return as.contentType(ContentType.JSON).body(deal)
                .post("/deals")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String create(RequestSpecification as) {
        return create(as, aDeal());
    }

    static String create() {
        return create(given());
    }

    /** The stage ids of the caller's default pipeline, in board order. */
    static List<String> defaultStagesOf(RequestSpecification as) {
        return as.get("/pipelines").then().statusCode(200).extract().path("[0].stages.id");
    }

    static List<String> defaultStages() {
        return defaultStagesOf(given());
    }

    static void move(String dealId, String stageId) {
        given().contentType(ContentType.JSON).body(Map.of("stageId", stageId))
                .post("/deals/{id}/stage", dealId)
                .then().statusCode(200);
    }
}
