package dev.stride.crm.pipeline;

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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The producer side of the pipeline event contract. */
@QuarkusTest
@TestSecurity(user = "admin-pipeline-events", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = PipelineEventsTest.TENANT))
class PipelineEventsTest {

    static final String TENANT = "pipeline-events-test";

    @Test
    void createdAndChangedPipelinePublishItsWholeStateInOrder() {
        try (TopicTail tail = TopicTail.of("crm.deals")) {
            String id = given().contentType(ContentType.JSON).body(Map.of("name", "Sales"))
                    .post("/pipelines").then().statusCode(201).extract().path("id");
            String stage = given().get("/pipelines/{id}", id).then().extract().path("stages[3].id");
            given().post("/pipelines/{id}/stages/{stageId}/retire", id, stage).then().statusCode(200);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(id, 2);

            Contracts.assertMatches(records.get(0), PipelineEvent.CREATED, id, TENANT);
            Contracts.assertMatches(records.get(1), PipelineEvent.UPDATED, id, TENANT);
            assertEquals(1, Contracts.data(records.get(1)).get("version").asInt());
            assertEquals(5, Contracts.data(records.get(1)).get("stages").size());
            assertEquals(true, Contracts.data(records.get(1)).get("stages").get(4).get("retired").asBoolean());
        }
    }
}
