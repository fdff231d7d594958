package dev.stride.crm.deal;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Deal fixtures through the real API. */
final class Deals {

    private Deals() {
    }

    static Map<String, Object> aDeal() {
        return Map.of("name", "Acme renewal FY2027", "amount", 1200000, "currency", "JPY");
    }

    /** Creates a deal as the given (already authenticated) request and returns its id. */
    static String create(RequestSpecification as) {
        return as.contentType(ContentType.JSON).body(aDeal())
                .post("/deals")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String create() {
        return create(given());
    }
}
