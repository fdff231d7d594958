package dev.stride.crm.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "rep-a", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = AccountResourceTest.TENANT))
class AccountResourceTest {

    static final String TENANT = "account-resource-test";

    @Test
    void createdAccountHasLocationEtagAndTheCallerAsOwner() {
        String location = given().contentType(ContentType.JSON).body(Accounts.anAccount("株式会社サクラ精機"))
                .post("/accounts")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("株式会社サクラ精機"))
                .body("sizeBand", equalTo("MEDIUM"))
                .body("ownerId", equalTo("rep-a"))
                .extract().header("Location");

        given().get(location).then().statusCode(200).header("ETag", "\"0\"").body("industry", equalTo("Manufacturing"));
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstAccount() {
        String key = UUID.randomUUID().toString();
        String name = "Retry Safe " + key;
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Accounts.anAccount(name))
                .post("/accounts").then().statusCode(201).extract().path("id");

        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Accounts.anAccount(name))
                .post("/accounts")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().queryParam("q", name).get("/accounts").then().body("total", equalTo(1));
    }

    @Test
    void updateWithTheCurrentEtagSucceedsAndAStaleOneIsRefused() {
        String id = Accounts.create("Etag Trading");
        Map<String, Object> renamed = Accounts.anAccount("Etag Trading Holdings");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(renamed)
                .put("/accounts/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Etag Trading Holdings"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Accounts.anAccount("Lost update"))
                .put("/accounts/{id}", id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("reload"));
        given().get("/accounts/{id}", id).then().body("name", equalTo("Etag Trading Holdings"));
    }

    @Test
    void updateWithoutIfMatchIsAppliedToTheCurrentVersion() {
        String id = Accounts.create("No Precondition KK");
        given().contentType(ContentType.JSON).body(Accounts.anAccount("No Precondition GK"))
                .put("/accounts/{id}", id)
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aRepCannotGiveAnAccountToSomeoneElse() {
        Map<String, Object> account = Accounts.anAccount("Gift KK");
        account.put("ownerId", "rep-b");
        given().contentType(ContentType.JSON).body(account)
                .post("/accounts")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("managers and admins"));
    }

    @Test
    void deletedAccountIsGone() {
        String id = Accounts.create("Short Lived KK");
        given().header("If-Match", "\"0\"").delete("/accounts/{id}", id).then().statusCode(204);
        given().get("/accounts/{id}", id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listPagesThroughEveryMatchByCursor() {
        String prefix = "paging-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (String suffix : new String[] { "c", "a", "b" }) {
            Accounts.create(prefix + suffix);
        }

        String next = given().queryParam("q", prefix.toUpperCase()).queryParam("limit", 2)
                .get("/accounts")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", contains(prefix + "a", prefix + "b"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");

        given().queryParam("q", prefix).queryParam("limit", 2).queryParam("cursor", next)
                .get("/accounts")
                .then().statusCode(200)
                .body("items.name", contains(prefix + "c"))
                .body("nextCursor", nullValue());
    }

    @Test
    void listSortsDescendingAndFiltersByOwner() {
        String prefix = "sorting-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Accounts.create(prefix + "x");
        Accounts.create(prefix + "y");

        given().queryParam("q", prefix).queryParam("sort", "-name").queryParam("owner", "rep-a")
                .get("/accounts")
                .then().statusCode(200)
                .body("items.name", contains(prefix + "y", prefix + "x"));
        given().queryParam("q", prefix).queryParam("owner", "somebody-else")
                .get("/accounts")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void textSearchTreatsWildcardsLiterally() {
        given().queryParam("q", "%").get("/accounts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badListParametersAreRejectedNamingThem() {
        given().queryParam("sort", "size").get("/accounts")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().queryParam("sizeBand", "HUGE").get("/accounts")
                .then().statusCode(400).body("errors.field", hasItem("sizeBand"));
        given().queryParam("limit", 0).get("/accounts")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().queryParam("cursor", "not-a-cursor").get("/accounts")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void accountWithoutANameIsRejected() {
        given().contentType(ContentType.JSON).body(Map.of("industry", "Retail"))
                .post("/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }
}
