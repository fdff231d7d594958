package dev.stride.crm.deal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A deal's way through its pipeline: stages, win, loss, reopening and the history of it all. */
@QuarkusTest
@TestSecurity(user = "rep-lifecycle", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = DealLifecycleTest.TENANT))
class DealLifecycleTest {

    static final String TENANT = "deal-lifecycle-test";

    @Inject
    TenantRows rows;

    @Test
    void newDealStartsInTheFirstStageOfTheDefaultPipeline() {
        given().contentType(ContentType.JSON).body(Deals.aDeal())
                .post("/deals")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("pipelineName", equalTo("Sales"))
                .body("stageId", equalTo(Deals.defaultStages().getFirst()))
                .body("stageName", equalTo("Qualification"))
                .body("probability", equalTo(10))
                .body("status", equalTo("OPEN"));
    }

    @Test
    void historyShowsEveryStageWithItsTimeAndHowItEnded() {
        List<String> stages = Deals.defaultStages();
        String id = Deals.create();
        Deals.move(id, stages.get(1));
        Deals.move(id, stages.get(2));
        given().contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(200);

        given().get("/deals/{id}/history", id)
                .then().statusCode(200)
                .body("stageName", equalTo(List.of("Qualification", "Needs analysis", "Proposal")))
                .body("endedBy", equalTo(List.of("MOVED", "MOVED", "WON")))
                .body("leftAt", hasSize(3))
                .body("seconds", hasItem(greaterThanOrEqualTo(0)));
    }

    @Test
    void movingToTheStageItIsInChangesNothing() {
        String id = Deals.create();

        given().contentType(ContentType.JSON).body(Map.of("stageId", Deals.defaultStages().getFirst()))
                .post("/deals/{id}/stage", id)
                .then().statusCode(200).header("ETag", "\"0\"");
        given().get("/deals/{id}/history", id).then().body("$", hasSize(1));
    }

    @Test
    void movingToAnUnknownStageIsRejectedNamingTheField() {
        String id = Deals.create();

        given().contentType(ContentType.JSON).body(Map.of("stageId", UUID.randomUUID()))
                .post("/deals/{id}/stage", id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("stageId"));
        given().get("/deals/{id}", id).then().body("stageName", equalTo("Qualification"));
    }

    @Test
    void aWonDealCannotMoveUntilReopened() {
        String id = Deals.create();
        given().contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("stageId", Deals.defaultStages().get(1)))
                .post("/deals/{id}/stage", id)
                .then().statusCode(409)
                .body("detail", containsString("reopen it"));
    }

    @Test
    void winTakesTheAmountAndTimeGiven() {
        String id = Deals.create();
        String wonAt = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();

        given().contentType(ContentType.JSON).body(Map.of("amount", 1000000, "wonAt", wonAt))
                .post("/deals/{id}/win", id)
                .then().statusCode(200)
                .body("amount", equalTo(1000000))
                .body("wonAt", equalTo(wonAt));
    }

    @Test
    void winInTheFutureOrBeforeCreationIsRejectedAndChangesNothing() {
        String id = Deals.create();

        given().contentType(ContentType.JSON).body(Map.of("wonAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/deals/{id}/win", id)
                .then().statusCode(400).body("errors.field", hasItem("wonAt"));
        given().contentType(ContentType.JSON).body(Map.of("wonAt", "2001-01-01T00:00:00Z"))
                .post("/deals/{id}/win", id)
                .then().statusCode(400).body("errors.field", hasItem("wonAt"));
        given().get("/deals/{id}", id).then().body("status", equalTo("OPEN")).body("version", equalTo(0));
    }

    @Test
    void lossNeedsOneOfTheTenantsReasons() {
        String id = Deals.create();

        given().contentType(ContentType.JSON).body(Map.of("reason", "Bad weather"))
                .post("/deals/{id}/lose", id)
                .then().statusCode(400)
                .body("errors.field", hasItem("reason"))
                .body("detail", containsString("Lost to a competitor"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Price", "note", "  Cheaper local vendor "))
                .post("/deals/{id}/lose", id)
                .then().statusCode(200)
                .body("status", equalTo("LOST"))
                .body("lostReason", equalTo("Price"))
                .body("lostNote", equalTo("Cheaper local vendor"))
                .body("lostAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "admin-lifecycle", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT + "-reasons"))
    void anAdminsLossReasonsReplaceTheBuiltInOnes() {
        given().contentType(ContentType.JSON).body(Map.of("reasons", List.of("予算不足", "競合に敗退")))
                .put("/deals/loss-reasons")
                .then().statusCode(200);
        String id = Deals.create();

        given().get("/deals/loss-reasons").then().body("reasons", equalTo(List.of("予算不足", "競合に敗退")));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Price"))
                .post("/deals/{id}/lose", id)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("reason", "競合に敗退"))
                .post("/deals/{id}/lose", id)
                .then().statusCode(200);
    }

    @Test
    void onlyAdminsSetLossReasons() {
        given().contentType(ContentType.JSON).body(Map.of("reasons", List.of("Anything")))
                .put("/deals/loss-reasons")
                .then().statusCode(403);
    }

    @Test
    void reopenedDealIsOpenAgainInTheStageItClosedIn() {
        String id = Deals.create();
        Deals.move(id, Deals.defaultStages().get(1));
        given().contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(200);

        given().post("/deals/{id}/reopen", id)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("wonAt", nullValue())
                .body("stageName", equalTo("Needs analysis"));
        given().get("/deals/{id}/history", id)
                .then().body("endedBy", equalTo(Arrays.asList("MOVED", "WON", null)));
        given().post("/deals/{id}/reopen", id).then().statusCode(409);
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        String id = Deals.create();
        Deals.move(id, Deals.defaultStages().get(1));

        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).post("/deals/{id}/win", id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(200);
    }

    @Test
    void updateReplacesFieldsButMovesNoStage() {
        String id = Deals.create();

        given().contentType(ContentType.JSON)
                .body(Deals.aDealWith("stageId", Deals.defaultStages().get(2)))
                .put("/deals/{id}", id)
                .then().statusCode(400).body("errors.field", hasItem("stageId"));
        given().contentType(ContentType.JSON)
                .body(Deals.aDealWith("name", "Acme expansion", "expectedCloseDate", "2027-03-31"))
                .put("/deals/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Acme expansion"))
                .body("expectedCloseDate", equalTo("2027-03-31"))
                .body("stageName", equalTo("Qualification"));
    }

    @Test
    void unknownAccountIsRejectedNamingTheField() {
        long before = rows.count("deal", TENANT);

        given().contentType(ContentType.JSON).body(Deals.aDealWith("accountId", UUID.randomUUID()))
                .post("/deals")
                .then().statusCode(400).body("errors.field", hasItem("accountId"));
        assertEquals(before, rows.count("deal", TENANT));
    }

    @Test
    void deletedDealIsGoneWithItsHistory() {
        String id = Deals.create();
        Deals.move(id, Deals.defaultStages().get(1));

        given().delete("/deals/{id}", id).then().statusCode(204);
        given().get("/deals/{id}", id).then().statusCode(404);
        given().get("/deals/{id}/history", id).then().statusCode(404);
    }

    @Test
    void listFiltersByStageAndStatusAndPagesToTheEnd() {
        List<String> stages = Deals.defaultStages();
        String marker = "List " + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            String id = Deals.create(given(), Deals.aDealWith("name", marker + " " + i, "amount", 1000 * i));
            if (i < 3) {
                Deals.move(id, stages.get(3));
            }
        }

        given().queryParam("q", marker).queryParam("stageId", stages.get(3)).queryParam("status", "open")
                .queryParam("sort", "-amount").queryParam("limit", 2)
                .get("/deals")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.amount", equalTo(List.of(2000, 1000)));
        String cursor = given().queryParam("q", marker).queryParam("sort", "-amount").queryParam("limit", 4)
                .get("/deals").then().body("items", hasSize(4)).extract().path("nextCursor");
        given().queryParam("q", marker).queryParam("sort", "-amount").queryParam("limit", 4)
                .queryParam("cursor", cursor)
                .get("/deals")
                .then().statusCode(200)
                .body("items.amount", equalTo(List.of(0)))
                .body("nextCursor", nullValue());
    }

    @Test
    void badListParametersAreRejectedNamingThem() {
        given().queryParam("status", "MAYBE").get("/deals")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().queryParam("createdFrom", "yesterday").get("/deals")
                .then().statusCode(400).body("errors.field", hasItem("createdFrom"));
        given().queryParam("stageId", "not-an-id").get("/deals")
                .then().statusCode(400).body("errors.field", hasItem("stageId"));
    }

    @Test
    void cursorWhoseValueWasTamperedWithIsRejected() {
        String tampered = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("-amount\u001fnot-a-number\u001f" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        given().queryParam("sort", "-amount").queryParam("cursor", tampered).get("/deals")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }
}
