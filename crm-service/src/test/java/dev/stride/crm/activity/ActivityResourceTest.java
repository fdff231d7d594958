package dev.stride.crm.activity;

import static io.restassured.RestAssured.given;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "rep-activities", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = ActivityResourceTest.TENANT))
class ActivityResourceTest {

    static final String TENANT = "activity-resource-test";

    @Inject
    TenantRows rows;

    @Test
    void aLoggedCallIsDoneWhenItHappened() {
        String account = Activities.anAccount();
        Map<String, Object> call = Activities.aCall("accountId", account);

        given().contentType(ContentType.JSON).body(call)
                .post("/activities")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("completedAt", equalTo(call.get("at")))
                .body("overdue", equalTo(false))
                .body("ownerId", equalTo("rep-activities"));
    }

    @Test
    void aTaskIsOpenUntilCompletedAndOverdueOnceDue() {
        String account = Activities.anAccount();
        String overdue = Activities.create(Activities.aCall("type", "TASK", "subject", "見積書を送る " + account,
                "accountId", account));
        String upcoming = Activities.create(Activities.aCall("type", "TASK", "subject", "契約書を送る " + account,
                "at", Instant.now().plus(2, ChronoUnit.DAYS).toString(), "accountId", account));

        given().queryParam("overdue", true).queryParam("accountId", account).get("/activities")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(overdue))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].completedAt", nullValue());
        given().contentType(ContentType.JSON).body("{}").post("/activities/{id}/complete", overdue)
                .then().statusCode(200).body("completedAt", notNullValue()).body("overdue", equalTo(false));
        given().queryParam("overdue", true).queryParam("accountId", account).get("/activities")
                .then().body("total", equalTo(0));
        given().queryParam("completed", false).queryParam("accountId", account).get("/activities")
                .then().body("items.id", equalTo(List.of(upcoming)));
    }

    @Test
    void anActivityMustBeLinkedToSomething() {
        long before = rows.count("activity", TENANT);

        given().contentType(ContentType.JSON).body(Activities.aCall())
                .post("/activities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("leadId"));
        given().contentType(ContentType.JSON).body(Activities.aCall("dealId", UUID.randomUUID()))
                .post("/activities")
                .then().statusCode(400).body("errors.field", hasItem("dealId"));
        assertEquals(before, rows.count("activity", TENANT));
    }

    @Test
    void badTypeAndDurationAreRejectedNamingTheFields() {
        String account = Activities.anAccount();

        given().contentType(ContentType.JSON).body(Activities.aCall("type", "FAX", "accountId", account))
                .post("/activities").then().statusCode(400).body("errors.field", hasItem("type"));
        given().contentType(ContentType.JSON).body(Activities.aCall("durationMinutes", -5, "accountId", account))
                .post("/activities").then().statusCode(400).body("errors.field", hasItem("durationMinutes"));
        given().contentType(ContentType.JSON)
                .body(Activities.aCall("at", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "completed", true,
                        "accountId", account))
                .post("/activities").then().statusCode(400).body("errors.field", hasItem("completed"));
    }

    @Test
    void aDealWithActivitiesCannotBeDeleted() {
        String deal = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Has history", "amount", 1, "currency", "JPY"))
                .post("/deals").then().statusCode(201).extract().path("id");
        Activities.create(Activities.aCall("dealId", deal));

        given().delete("/deals/{id}", deal)
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/deals/{id}", deal).then().statusCode(200);
    }
}
