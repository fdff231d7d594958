package dev.stride.crm.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.platform.TenantRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "rep-subscriptions", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = SubscriptionResourceTest.TENANT))
class SubscriptionResourceTest {

    static final String TENANT = "subscription-resource-test";

    @Inject
    TenantRows rows;

    @Test
    void upgradesDowngradesAndCancellationAreKeptWithTheirDates() {
        String id = Subscriptions.start(Subscriptions.aSubscription(Subscriptions.anAccount()));
        Subscriptions.post(id, "mrr", Map.of("mrr", 80000, "effectiveOn", "2026-07-01"));
        Subscriptions.post(id, "mrr", Map.of("mrr", 60000, "effectiveOn", "2026-09-01"));
        Subscriptions.post(id, "cancel", Map.of("cancelledOn", "2026-12-01", "reason", "Budget cut"));

        given().get("/subscriptions/{id}/changes", id)
                .then().statusCode(200)
                .body("kind", equalTo(List.of("STARTED", "UPGRADED", "DOWNGRADED", "CANCELLED")))
                .body("effectiveOn", equalTo(List.of("2026-04-01", "2026-07-01", "2026-09-01", "2026-12-01")))
                .body("newMrr", equalTo(List.of(50000, 80000, 60000, 0)));
        given().get("/subscriptions/{id}", id)
                .then().body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Budget cut"));
    }

    @Test
    void negativeMrrIsRejectedAndChangesNothing() {
        String account = Subscriptions.anAccount();
        long before = rows.count("subscription", TENANT);

        given().contentType(ContentType.JSON).body(Subscriptions.aSubscription(account, "mrr", -1))
                .post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("mrr"));
        assertEquals(before, rows.count("subscription", TENANT));
        String id = Subscriptions.start(Subscriptions.aSubscription(account));
        given().contentType(ContentType.JSON).body(Map.of("mrr", -100, "effectiveOn", "2026-05-01"))
                .post("/subscriptions/{id}/mrr", id)
                .then().statusCode(400).body("errors.field", hasItem("mrr"));
        given().get("/subscriptions/{id}", id).then().body("mrr", equalTo(50000)).body("version", equalTo(0));
    }

    @Test
    void wrongCurrencyAndYenDecimalsAreRejectedNamingTheField() {
        String account = Subscriptions.anAccount();

        given().contentType(ContentType.JSON).body(Subscriptions.aSubscription(account, "currency", "YEN"))
                .post("/subscriptions").then().statusCode(400).body("errors.field", hasItem("currency"));
        given().contentType(ContentType.JSON).body(Subscriptions.aSubscription(account, "mrr", 100.5))
                .post("/subscriptions").then().statusCode(400).body("errors.field", hasItem("mrr"));
    }

    @Test
    void aChangeCannotTakeEffectBeforeTheLastOne() {
        String id = Subscriptions.start(Subscriptions.aSubscription(Subscriptions.anAccount()));
        Subscriptions.post(id, "mrr", Map.of("mrr", 80000, "effectiveOn", "2026-07-01"));

        given().contentType(ContentType.JSON).body(Map.of("cancelledOn", "2026-06-01", "reason", "Oops"))
                .post("/subscriptions/{id}/cancel", id)
                .then().statusCode(400).body("errors.field", hasItem("cancelledOn"))
                .body("detail", containsString("2026-07-01"));
    }

    @Test
    void aCancelledSubscriptionChangesNoMore() {
        String id = Subscriptions.start(Subscriptions.aSubscription(Subscriptions.anAccount()));
        Subscriptions.post(id, "cancel", Map.of("cancelledOn", "2026-10-01", "reason", "Closed the office"));

        given().contentType(ContentType.JSON).body(Map.of("mrr", 10, "effectiveOn", "2026-11-01"))
                .post("/subscriptions/{id}/mrr", id)
                .then().statusCode(409).body("detail", containsString("cancelled"));
        given().contentType(ContentType.JSON).body(Map.of("renewsOn", "2028-04-01"))
                .post("/subscriptions/{id}/renew", id).then().statusCode(409);
    }

    @Test
    void renewalMustMoveTheDateForward() {
        String id = Subscriptions.start(Subscriptions.aSubscription(Subscriptions.anAccount()));

        given().contentType(ContentType.JSON).body(Map.of("renewsOn", "2027-01-01"))
                .post("/subscriptions/{id}/renew", id)
                .then().statusCode(400).body("errors.field", hasItem("renewsOn"));
        Subscriptions.post(id, "renew", Map.of("renewsOn", "2028-04-01"));
        given().get("/subscriptions/{id}", id).then().body("renewsOn", equalTo("2028-04-01"));
    }

    @Test
    void unknownAccountIsRejectedNamingTheField() {
        given().contentType(ContentType.JSON).body(Subscriptions.aSubscription(UUID.randomUUID().toString()))
                .post("/subscriptions").then().statusCode(400).body("errors.field", hasItem("accountId"));
    }

    @Test
    void listFiltersByAccountAndStatus() {
        String account = Subscriptions.anAccount();
        Subscriptions.start(Subscriptions.aSubscription(account));
        String cancelled = Subscriptions.start(Subscriptions.aSubscription(account, "plan", "Lite"));
        Subscriptions.post(cancelled, "cancel", Map.of("cancelledOn", "2026-05-01", "reason", "Too small"));

        given().queryParam("accountId", account).get("/subscriptions")
                .then().statusCode(200).body("total", equalTo(2));
        given().queryParam("accountId", account).queryParam("status", "cancelled").get("/subscriptions")
                .then().body("total", equalTo(1)).body("items[0].plan", equalTo("Lite"));
    }
}
