package dev.stride.crm.account;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Account fixtures through the real API. */
final class Accounts {

    private Accounts() {
    }

    static Map<String, Object> anAccount(String name) {
        Map<String, Object> account = new HashMap<>();
        account.put("name", name);
        account.put("industry", "Manufacturing");
        account.put("sizeBand", "MEDIUM");
        return account;
    }

    /** Creates an account as the given (already authenticated) request and returns its id. */
    static String create(RequestSpecification as, Map<String, Object> account) {
        return as.contentType(ContentType.JSON).body(account)
                .post("/accounts")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String create(String name) {
        return create(given(), anAccount(name));
    }
}
