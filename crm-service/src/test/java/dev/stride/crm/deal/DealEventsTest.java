package dev.stride.crm.deal;

import static dev.stride.crm.events.TopicTail.header;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stride.crm.events.Contracts;
import dev.stride.crm.events.TopicTail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The producer side of the deal event contract: what is really sent matches src/main/events/. */
@QuarkusTest
@TestSecurity(user = "rep-events", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = DealEventsTest.TENANT))
class DealEventsTest {

    static final String TENANT = "deal-events-test";

    @Test
    void createdAndWonDealPublishTheirCloudEventsInOrder() {
        try (TopicTail tail = TopicTail.of("crm.deals")) {
            String id = Deals.create();
            given().post("/deals/{id}/win", id).then().statusCode(200);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(id, 2);

            Contracts.assertMatches(records.get(0), "stride.crm.deal.created.v1", id, TENANT);
            Contracts.assertMatches(records.get(1), "stride.crm.deal.won.v1", id, TENANT);
            assertNotEquals(header(records.get(0), "ce_id"), header(records.get(1), "ce_id"));
            assertEquals("OPEN", Contracts.data(records.get(0)).get("status").asText());
            assertEquals("WON", Contracts.data(records.get(1)).get("status").asText());
        }
    }
}
