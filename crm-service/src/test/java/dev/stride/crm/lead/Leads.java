package dev.stride.crm.lead;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Lead fixtures through the real API. */
final class Leads {

    private Leads() {
    }

    /** A lead with every field, plus the given ones, e.g. {@code aLead("company", null)}. */
    static Map<String, Object> aLead(Object... fields) {
        Map<String, Object> lead = new HashMap<>(Map.of("name", "田中 一郎", "company", "さくら精機株式会社",
                "email", "ichiro.tanaka@sakura-seiki.example", "phone", "03-1234-5678", "source", "web",
                "campaign", "Spring webinar 2027"));
        for (int i = 0; i < fields.length; i += 2) {
            lead.put((String) fields[i], fields[i + 1]);
        }
        return lead;
    }

    static String create(RequestSpecification as, Map<String, Object> lead) {
        return as.contentType(ContentType.JSON).body(lead)
                .post("/leads")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String create() {
        return create(given(), aLead());
    }

    static Map<String, Object> aConversion(Object... fields) {
        Map<String, Object> conversion = new HashMap<>(Map.of("deal",
                Map.of("name", "さくら精機 導入", "amount", 3000000, "currency", "JPY")));
        for (int i = 0; i < fields.length; i += 2) {
            conversion.put((String) fields[i], fields[i + 1]);
        }
        return conversion;
    }

    static void setStatus(String id, String status, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("status", status));
        if (reason != null) {
            body.put("reason", reason);
        }
        given().contentType(ContentType.JSON).body(body)
                .post("/leads/{id}/status", id)
                .then().statusCode(200);
    }
}
