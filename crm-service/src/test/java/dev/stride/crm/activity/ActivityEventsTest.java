package dev.stride.crm.activity;

import static io.restassured.RestAssured.given;

import dev.stride.crm.events.Contracts;
import dev.stride.crm.events.TopicTail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The producer side of the activity event contract. */
@QuarkusTest
@TestSecurity(user = "rep-activity-events", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = ActivityEventsTest.TENANT))
class ActivityEventsTest {

    static final String TENANT = "activity-events-test";

    @Test
    void createdUpdatedAndDeletedActivityPublishItsWholeState() {
        String account = Activities.anAccount();
        String lead = given().contentType(ContentType.JSON).body(Map.of("name", "田中 一郎", "source", "web"))
                .post("/leads").then().statusCode(201).extract().path("id");
        String deal = given().contentType(ContentType.JSON)
                .body(Map.of("name", "導入", "amount", 1, "currency", "JPY", "accountId", account))
                .post("/deals").then().statusCode(201).extract().path("id");
        try (TopicTail tail = TopicTail.of("crm.activities")) {
            Map<String, Object> call = Activities.aCall("leadId", lead, "dealId", deal, "accountId", account);
            String id = Activities.create(call);
            call.put("outcome", "Demo booked for 11/13");
            given().contentType(ContentType.JSON).body(call).put("/activities/{id}", id).then().statusCode(200);
            given().delete("/activities/{id}", id).then().statusCode(204);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(id, 3);

            Contracts.assertMatches(records.get(0), ActivityEvent.CREATED, id, TENANT);
            Contracts.assertMatches(records.get(1), ActivityEvent.UPDATED, id, TENANT);
            Contracts.assertMatches(records.get(2), ActivityEvent.DELETED, id, TENANT);
        }
    }
}
