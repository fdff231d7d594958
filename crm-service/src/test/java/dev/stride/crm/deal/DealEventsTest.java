package dev.stride.crm.deal;

import static dev.stride.crm.events.TopicTail.header;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.events.Contracts;
import dev.stride.crm.events.TopicTail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The producer side of the deal event contract: what is really sent matches src/main/events/. */
@QuarkusTest
@TestSecurity(user = "rep-events", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = DealEventsTest.TENANT))
class DealEventsTest {

    static final String TENANT = "deal-events-test";

    @Test
    void everyStepOfADealsLifePublishesItsCloudEventInOrder() {
        String account = given().contentType(ContentType.JSON).body(Map.of("name", "Acme KK"))
                .post("/accounts").then().statusCode(201).extract().path("id");
        List<String> stages = Deals.defaultStages();
        try (TopicTail tail = TopicTail.of("crm.deals")) {
            String id = Deals.create(given(), Deals.aDealWith("accountId", account, "expectedCloseDate",
                    "2027-03-31"));
            given().contentType(ContentType.JSON)
                    .body(Deals.aDealWith("accountId", account, "expectedCloseDate", "2027-03-31", "amount", 1500000))
                    .put("/deals/{id}", id).then().statusCode(200);
            Deals.move(id, stages.get(2));
            given().contentType(ContentType.JSON).body(Map.of("reason", "Price", "note", "Cheaper local vendor"))
                    .post("/deals/{id}/lose", id).then().statusCode(200);
            given().post("/deals/{id}/reopen", id).then().statusCode(200);
            given().contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(200);
            given().delete("/deals/{id}", id).then().statusCode(204);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(id, 7);

            List<String> types = List.of(DealEvent.CREATED, DealEvent.UPDATED, DealEvent.STAGE_CHANGED, DealEvent.LOST,
                    DealEvent.REOPENED, DealEvent.WON, DealEvent.DELETED);
            for (int i = 0; i < types.size(); i++) {
                Contracts.assertMatches(records.get(i), types.get(i), id, TENANT);
            }
            assertEquals(7, records.stream().map(r -> header(r, "ce_id")).collect(Collectors.toSet()).size());
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 5), records.stream()
                    .map(r -> Contracts.data(r).get("version").asInt()).toList(), "versions order a deal's states");
            assertEquals("Qualification", Contracts.data(records.get(2)).get("fromStageName").asText());
            assertEquals("Proposal", Contracts.data(records.get(2)).get("stageName").asText());
            assertEquals("LOST", Contracts.data(records.get(4)).get("reopenedFrom").asText());
        }
    }
}
