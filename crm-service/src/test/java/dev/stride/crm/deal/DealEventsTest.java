package dev.stride.crm.deal;

import static dev.stride.crm.events.TopicTail.header;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.crm.events.TopicTail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The producer side of the deal event contract: what is really sent matches src/main/events/. */
@QuarkusTest
@TestSecurity(user = "rep-events", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = DealEventsTest.TENANT))
class DealEventsTest {

    static final String TENANT = "deal-events-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void createdAndWonDealPublishTheirCloudEventsInOrder() throws IOException {
        try (TopicTail tail = TopicTail.of("crm.deals")) {
            String id = Deals.create();
            given().post("/deals/{id}/win", id).then().statusCode(200);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(id, 2);

            assertMatchesContract(records.get(0), "stride.crm.deal.created.v1", id);
            assertMatchesContract(records.get(1), "stride.crm.deal.won.v1", id);
            assertNotEquals(header(records.get(0), "ce_id"), header(records.get(1), "ce_id"));
            assertEquals("OPEN", JSON.readTree(records.get(0).value()).get("status").asText());
            assertEquals("WON", JSON.readTree(records.get(1).value()).get("status").asText());
        }
    }

    private static void assertMatchesContract(ConsumerRecord<String, String> record, String type, String dealId)
            throws IOException {
        JsonNode example = JSON.readTree(Path.of("src/main/events", type + ".json").toFile());
        assertEquals(type, header(record, "ce_type"));
        assertEquals(example.get("specversion").asText(), header(record, "ce_specversion"));
        assertEquals(example.get("source").asText(), header(record, "ce_source"));
        assertEquals(dealId, header(record, "ce_subject"));
        assertEquals(TENANT, header(record, "ce_tenantid"));
        assertEquals(36, header(record, "ce_id").length(), "ce_id is the outbox row's UUID");
        assertEquals(example.get("datacontenttype").asText(), header(record, "content-type"));
        assertEquals(shape(example.get("data")), shape(JSON.readTree(record.value())),
                "the data has exactly the example's fields, with the same JSON types");
    }

    /** Field name → JSON node type, e.g. {amount=NUMBER, dealId=STRING}. */
    private static Map<String, String> shape(JsonNode data) {
        Map<String, String> shape = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            shape.put(field.getKey(), field.getValue().getNodeType().name());
        }
        return shape;
    }
}
