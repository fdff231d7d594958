package dev.stride.crm.pipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.platform.TenantRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin-pipelines", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = PipelineResourceTest.TENANT))
class PipelineResourceTest {

    static final String TENANT = "pipeline-resource-test";

    @Inject
    TenantRows rows;

    @Test
    @OidcSecurity(claims = @Claim(key = "tenant", value = "pipeline-first-use-test"))
    void concurrentFirstRequestsGiveTheTenantExactlyOneDefaultPipeline() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> lists = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                lists.add(clients.submit(() -> given().get("/pipelines").statusCode()));
            }
            for (Future<Integer> list : lists) {
                statuses.add(list.get());
            }
        }

        assertEquals(List.of(200, 200, 200, 200), statuses);
        assertEquals(1, rows.count("pipeline", "pipeline-first-use-test"));
        given().get("/pipelines")
                .then().body("$", hasSize(1))
                .body("[0].isDefault", equalTo(true))
                .body("[0].stages.name", equalTo(List.of("Qualification", "Needs analysis", "Proposal",
                        "Negotiation", "Contract")))
                .body("[0].stages.probability", equalTo(List.of(10, 25, 50, 75, 90)));
    }

    @Test
    void anAdminCreatesAPipelineWithItsStages() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Enterprise", "stages", List.of(Map.of("name", "Discovery", "probability", 5),
                        Map.of("name", "PoC", "probability", 40))))
                .post("/pipelines")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("isDefault", equalTo(false))
                .body("stages.name", equalTo(List.of("Discovery", "PoC")))
                .extract().header("Location");

        given().get(location).then().statusCode(200).body("name", equalTo("Enterprise"));
    }

    @Test
    void invalidStagesAreRejectedNamingTheField() {
        long before = rows.count("pipeline", TENANT);

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Broken", "stages", List.of(Map.of("name", "Too sure", "probability", 101))))
                .post("/pipelines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("stages[0].probability"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Twice", "stages", List.of(Map.of("name", "Demo", "probability", 10),
                        Map.of("name", "demo", "probability", 20))))
                .post("/pipelines")
                .then().statusCode(400).body("detail", containsString("already has an active stage named"));
        assertEquals(before, rows.count("pipeline", TENANT));
    }

    @Test
    void stagesAreAddedRenamedReorderedAndRetired() {
        String id = aPipeline("Renewals");
        List<String> stages = given().get("/pipelines/{id}", id).then().extract().path("stages.id");

        given().contentType(ContentType.JSON).body(Map.of("name", "Signed", "probability", 95))
                .post("/pipelines/{id}/stages", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("stages", hasSize(6));
        given().contentType(ContentType.JSON).body(Map.of("name", "Proposal sent", "probability", 55))
                .put("/pipelines/{id}/stages/{stageId}", id, stages.get(2))
                .then().statusCode(200).body("stages[2].name", equalTo("Proposal sent"));
        given().post("/pipelines/{id}/stages/{stageId}/retire", id, stages.get(1))
                .then().statusCode(200).body("stages[5].retired", equalTo(true));
        List<String> active = given().get("/pipelines/{id}", id).then()
                .extract().path("stages.findAll { !it.retired }.id");
        List<String> reversed = new ArrayList<>(active.reversed());

        given().contentType(ContentType.JSON).body(Map.of("stageIds", reversed))
                .put("/pipelines/{id}/stage-order", id)
                .then().statusCode(200)
                .body("stages.id", equalTo(concat(reversed, stages.get(1))))
                .body("stages.position", equalTo(List.of(0, 1, 2, 3, 4, 5)));
    }

    @Test
    void reorderMustNameEveryActiveStageOnce() {
        String id = aPipeline("Partial order");
        List<String> stages = given().get("/pipelines/{id}", id).then().extract().path("stages.id");

        given().contentType(ContentType.JSON).body(Map.of("stageIds", stages.subList(0, 3)))
                .put("/pipelines/{id}/stage-order", id)
                .then().statusCode(400).body("errors.field", hasItem("stageIds"));
        given().get("/pipelines/{id}", id).then().body("version", equalTo(0));
    }

    @Test
    void theLastActiveStageCannotBeRetired() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Single", "stages", List.of(Map.of("name", "Only", "probability", 50))))
                .post("/pipelines").then().statusCode(201).extract().path("id");
        String stage = given().get("/pipelines/{id}", id).then().extract().path("stages[0].id");

        given().post("/pipelines/{id}/stages/{stageId}/retire", id, stage)
                .then().statusCode(409).body("detail", containsString("last active stage"));
    }

    @Test
    void aRetiredStageKeepsItsDealsButTakesNoNewOnes() {
        String id = aPipeline("Retiring");
        String stage = given().get("/pipelines/{id}", id).then().extract().path("stages[1].id");
        String deal = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Stays", "amount", 1, "currency", "JPY", "stageId", stage))
                .post("/deals").then().statusCode(201).extract().path("id");

        given().post("/pipelines/{id}/stages/{stageId}/retire", id, stage).then().statusCode(200);

        given().get("/deals/{id}", deal).then().statusCode(200).body("stageId", equalTo(stage));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "New", "amount", 1, "currency", "JPY", "stageId", stage))
                .post("/deals").then().statusCode(400).body("detail", containsString("retired"));
    }

    @Test
    void aStageOfAnotherPipelineIsRejected() {
        String first = aPipeline("First");
        String second = aPipeline("Second");
        String stageOfSecond = given().get("/pipelines/{id}", second).then().extract().path("stages[0].id");
        String deal = given().contentType(ContentType.JSON)
                .body(Map.of("name", "In first", "amount", 1, "currency", "JPY", "pipelineId", first))
                .post("/deals").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("stageId", stageOfSecond))
                .post("/deals/{id}/stage", deal)
                .then().statusCode(400).body("errors.field", hasItem("stageId"))
                .body("detail", containsString("belongs to pipeline \"Second\""));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Mixed", "amount", 1, "currency", "JPY", "pipelineId", first, "stageId",
                        stageOfSecond))
                .post("/deals").then().statusCode(400).body("errors.field", hasItem("stageId"));
    }

    @Test
    void staleIfMatchIsRefused() {
        String id = aPipeline("Contended");
        given().contentType(ContentType.JSON).body(Map.of("name", "Contended 2"))
                .put("/pipelines/{id}", id).then().statusCode(200).header("ETag", "\"1\"");

        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("name", "Contended 3"))
                .put("/pipelines/{id}", id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "rep-pipelines", roles = "rep")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT))
    void repsReadPipelinesButCannotChangeThem() {
        given().get("/pipelines").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .post("/pipelines").then().statusCode(403).contentType("application/problem+json");
    }

    private static String aPipeline(String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/pipelines").then().statusCode(201).extract().path("id");
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
