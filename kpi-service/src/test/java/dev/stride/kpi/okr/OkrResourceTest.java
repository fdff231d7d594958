package dev.stride.kpi.okr;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.kpi.events.Contracts;
import dev.stride.kpi.events.TopicTail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "manager-okrs", roles = "manager")
@OidcSecurity(claims = @Claim(key = "tenant", value = OkrResourceTest.TENANT))
class OkrResourceTest {

    static final String TENANT = "okr-resource-test";

    @Test
    void anObjectiveIsScoredFromItsKeyResultsAsTheyAreCheckedInAndPublishedWhole() {
        try (TopicTail tail = TopicTail.of("kpi.definitions")) {
            String objective = createObjective("九州で選ばれる営業チームになる " + UUID.randomUUID());
            String more = addKeyResult(objective, Map.of("title", "福岡の新規取引先を 10 社にする", "startValue", 0,
                    "targetValue", 10, "ownerId", "manager-okrs"));
            String less = addKeyResult(objective, Map.of("title", "解約を 100 件から 50 件に減らす", "metricId",
                    "customers.churn_rate", "startValue", 100, "targetValue", 50));

            given().contentType(ContentType.JSON).body(Map.of("value", 5, "confidence", 6, "note", "展示会で 2 社"))
                    .post("/key-results/{id}/check-ins", more).then().statusCode(201).body("authorId",
                            equalTo("manager-okrs"));
            given().contentType(ContentType.JSON).body(Map.of("value", 75, "confidence", 4))
                    .post("/key-results/{id}/check-ins", less).then().statusCode(201);

            given().get("/objectives/{id}", objective).then().statusCode(200)
                    .body("score", equalTo(0.5f))
                    .body("keyResults.score", equalTo(List.of(0.5f, 0.5f)))
                    .body("keyResults.confidence", equalTo(List.of(6, 4)));
            given().get("/key-results/{id}/check-ins", more).then().body("note", equalTo(List.of("展示会で 2 社")));
            // adding each key result made a version; check-ins make none
            given().get("/objectives/{id}/versions", objective).then().body("version", equalTo(List.of(2, 1, 0)));
            List<ConsumerRecord<String, String>> records = tail.awaitRecords(objective, 5);
            ConsumerRecord<String, String> last = records.getLast();
            Contracts.assertMatches(last, "stride.kpi.objective.defined.v1", objective, TENANT);
            assertEquals(0.5, Contracts.data(last).get("score").asDouble());
        }
    }

    @Test
    void badObjectivesAndKeyResultsAreRefusedNamingTheField() {
        String objective = createObjective("Bad input " + UUID.randomUUID());
        Map<String, Object> backwards = objective("Backwards");
        backwards.put("periodEnd", "2026-09-30");
        given().contentType(ContentType.JSON).body(backwards).post("/objectives")
                .then().statusCode(400).body("errors.field", hasItem("periodEnd"));
        Map<String, Object> underItself = objective("Loop");
        underItself.put("parentObjectiveId", objective);
        given().contentType(ContentType.JSON).body(underItself).put("/objectives/{id}", objective)
                .then().statusCode(400).body("errors.field", hasItem("parentObjectiveId"));

        List<Map<String, Object>> bad = List.of(Map.of("title", "Flat", "startValue", 5, "targetValue", 5),
                Map.of("title", "Magic", "metricId", "leads.magic", "startValue", 0, "targetValue", 1),
                Map.of("title", "Lost KPI", "kpiId", UUID.randomUUID().toString(), "startValue", 0, "targetValue", 1),
                Map.of("title", "Sure", "startValue", 0, "targetValue", 1, "confidence", 11));
        List<String> fields = List.of("targetValue", "metricId", "kpiId", "confidence");
        for (int i = 0; i < bad.size(); i++) {
            given().contentType(ContentType.JSON).body(bad.get(i)).post("/objectives/{id}/key-results", objective)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(fields.get(i)));
        }
        given().get("/objectives/{id}", objective).then().body("keyResults", equalTo(List.of()))
                .body("score", equalTo(null));
    }

    static Map<String, Object> objective(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("periodStart", "2026-10-01");
        body.put("periodEnd", "2026-12-31");
        return body;
    }

    static String createObjective(String title) {
        return given().contentType(ContentType.JSON).body(objective(title)).post("/objectives")
                .then().statusCode(201).extract().path("id");
    }

    static String addKeyResult(String objective, Map<String, Object> keyResult) {
        return given().contentType(ContentType.JSON).body(keyResult).post("/objectives/{id}/key-results", objective)
                .then().statusCode(201).extract().path("id");
    }
}
