package dev.stride.crm.lead;

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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The producer side of the lead event contract: what is really sent matches src/main/events/. */
@QuarkusTest
@TestSecurity(user = "rep-lead-events", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = LeadEventsTest.TENANT))
class LeadEventsTest {

    static final String TENANT = "lead-events-test";

    @Test
    void aConvertedLeadPublishesEachStepInOrder() {
        try (TopicTail leads = TopicTail.of("crm.leads"); TopicTail deals = TopicTail.of("crm.deals")) {
            String id = Leads.create();
            given().contentType(ContentType.JSON).body(Leads.aLead("phone", "03-9876-5432"))
                    .put("/leads/{id}", id).then().statusCode(200);
            Leads.setStatus(id, "QUALIFIED", null);
            String deal = given().contentType(ContentType.JSON).body(Leads.aConversion())
                    .post("/leads/{id}/convert", id).then().statusCode(201).extract().path("deal.id");

            List<ConsumerRecord<String, String>> records = leads.awaitRecords(id, 4);

            Contracts.assertMatches(records.get(0), LeadEvent.CREATED, id, TENANT);
            Contracts.assertMatches(records.get(1), LeadEvent.UPDATED, id, TENANT);
            Contracts.assertMatches(records.get(2), LeadEvent.STATUS_CHANGED, id, TENANT);
            Contracts.assertMatches(records.get(3), LeadEvent.CONVERTED, id, TENANT);
            assertEquals("NEW", Contracts.data(records.get(2)).get("fromStatus").asText());
            assertEquals(deal, Contracts.data(records.get(3)).get("dealId").asText());
            ConsumerRecord<String, String> dealCreated = deals.awaitRecords(deal, 1).getFirst();
            assertEquals(id, Contracts.data(dealCreated).get("sourceLeadId").asText());
            assertEquals("web", Contracts.data(dealCreated).get("leadSource").asText());
        }
    }

    @Test
    void aDeletedLeadPublishesItsLastState() {
        try (TopicTail leads = TopicTail.of("crm.leads")) {
            String id = Leads.create();
            given().contentType(ContentType.JSON).body(Leads.aLead("phone", "03-9876-5432"))
                    .put("/leads/{id}", id).then().statusCode(200);
            Leads.setStatus(id, "DISQUALIFIED", "No budget this fiscal year");
            given().delete("/leads/{id}", id).then().statusCode(204);

            List<ConsumerRecord<String, String>> records = leads.awaitRecords(id, 4);

            Contracts.assertMatches(records.get(3), LeadEvent.DELETED, id, TENANT);
            assertEquals("DISQUALIFIED", Contracts.data(records.get(3)).get("status").asText());
        }
    }
}
