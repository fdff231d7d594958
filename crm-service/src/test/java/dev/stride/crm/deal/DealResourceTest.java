package dev.stride.crm.deal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.platform.TenantRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "rep-1", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = DealResourceTest.TENANT))
class DealResourceTest {

    static final String TENANT = "deal-resource-test";

    @Inject
    TenantRows rows;

    @Test
    void createdDealIsReturnedWithItsLocation() {
        String location = given().contentType(ContentType.JSON).body(Deals.aDeal())
                .post("/deals")
                .then().statusCode(201)
                .body("name", equalTo("Acme renewal FY2027"))
                .body("amount", equalTo(1200000))
                .body("currency", equalTo("JPY"))
                .body("status", equalTo("OPEN"))
                .body("ownerId", equalTo("rep-1"))
                .body("wonAt", nullValue())
                .extract().header("Location");

        given().get(location).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstDealAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        long before = rows.count("deal", TENANT);
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Deals.aDeal())
                .post("/deals")
                .then().statusCode(201)
                .extract().path("id");

        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Deals.aDeal())
                .post("/deals")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/deals/" + first))
                .body("id", equalTo(first));
        assertEquals(before + 1, rows.count("deal", TENANT), "the retry created nothing");
    }

    @Test
    void idempotencyKeyReusedForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Deals.aDeal())
                .post("/deals").then().statusCode(201);

        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("name", "Another deal", "amount", 5, "currency", "JPY"))
                .post("/deals")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("different request"));
    }

    @Test
    void malformedIdempotencyKeyIsRejectedNamingTheHeader() {
        given().header("Idempotency-Key", "has spaces in it").contentType(ContentType.JSON).body(Deals.aDeal())
                .post("/deals")
                .then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void winningADealMarksItWon() {
        String id = Deals.create();

        given().contentType(ContentType.JSON).post("/deals/{id}/win", id)
                .then().statusCode(200)
                .body("status", equalTo("WON"))
                .body("wonAt", notNullValue())
                .body("amount", equalTo(1200000));
    }

    @Test
    void winningAWonDealIsAConflict() {
        String id = Deals.create();
        given().contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(200);

        given().contentType(ContentType.JSON).post("/deals/{id}/win", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("was won on"));
    }

    @Test
    void unknownDealIsNotFound() {
        given().get("/deals/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"));
    }

    @Test
    void malformedJsonIsRejectedAndChangesNothing() {
        assertRejectedWithoutWriting("{\"name\": \"Broken\", \"amount\": ", null);
    }

    @Test
    void unknownCurrencyIsRejectedNamingTheField() {
        assertRejectedWithoutWriting(Map.of("name", "Deal", "amount", 100, "currency", "XYZ"), "currency");
    }

    @Test
    void negativeAmountIsRejectedNamingTheField() {
        assertRejectedWithoutWriting(Map.of("name", "Deal", "amount", -1, "currency", "JPY"), "amount");
    }

    @Test
    void yenWithDecimalsIsRejectedNamingTheField() {
        assertRejectedWithoutWriting(Map.of("name", "Deal", "amount", 100.5, "currency", "JPY"), "amount");
    }

    @Test
    void amountThatIsNotANumberIsRejectedNamingTheField() {
        assertRejectedWithoutWriting(Map.of("name", "Deal", "amount", "lots", "currency", "JPY"), "amount");
    }

    @Test
    void nameWithControlCharactersIsRejectedNamingTheField() {
        assertRejectedWithoutWriting(Map.of("name", "Acme\u0000renewal", "amount", 1, "currency", "JPY"), "name");
    }

    @Test
    void concurrentWinsOfOneDealGiveOneSuccessAndConflictsNeverAnError() throws Exception {
        String id = Deals.create();
        List<Integer> statuses;
        try (ExecutorService clients = Executors.newFixedThreadPool(6)) {
            List<Future<Integer>> wins = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                wins.add(clients.submit(() -> given().contentType(ContentType.JSON).post("/deals/{id}/win", id).statusCode()));
            }
            statuses = new ArrayList<>();
            for (Future<Integer> win : wins) {
                statuses.add(win.get());
            }
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void missingFieldsAreAllListed() {
        given().contentType(ContentType.JSON).body("{}")
                .post("/deals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("amount"))
                .body("errors.field", hasItem("currency"));
    }

    @Test
    void missingBodyIsRejected() {
        given().contentType(ContentType.JSON)
                .post("/deals")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        given().contentType(ContentType.TEXT).body("name=x")
                .post("/deals")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void malformedIdIsNotFound() {
        given().get("/deals/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private void assertRejectedWithoutWriting(Object body, String field) {
        long deals = rows.count("deal", TENANT);

        var response = given().contentType(ContentType.JSON).body(body)
                .post("/deals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", notNullValue())
                .body("instance", endsWith("/api/crm/deals"));
        if (field != null) {
            response.body("errors.field", hasItem(field)).body("detail", containsString(field));
        }
        // events are only ever written in the same transaction as the deal, so no deal also means no event
        assertEquals(deals, rows.count("deal", TENANT), "no deal may be written");
    }

}
