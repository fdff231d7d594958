package dev.stride.crm.deal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.events.Contracts;
import dev.stride.crm.events.TopicTail;
import dev.stride.crm.platform.AcmeTeams;
import dev.stride.crm.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may change a deal, with real tokens of the demo users and the acme teams (East: acme-rep; West: acme-rep-2). */
@QuarkusTest
class DealRolesTest {

    @BeforeAll
    static void teams() {
        AcmeTeams.ensure();
    }

    @Test
    void aRepCannotChangeAnotherTeamsDealButItsManagerCan() {
        String id = Deals.create(as("acme-rep"));
        String stage = Deals.defaultStagesOf(as("acme-rep")).get(1);

        as("acme-rep-2").contentType(ContentType.JSON).body(Map.of("stageId", stage))
                .post("/deals/{id}/stage", id).then().statusCode(403).contentType("application/problem+json");
        as("acme-rep-2").contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(403);
        as("acme-rep-2").contentType(ContentType.JSON).body(Deals.aDeal()).put("/deals/{id}", id)
                .then().statusCode(403);
        as("acme-rep-2").delete("/deals/{id}", id).then().statusCode(403);
        as("acme-manager").contentType(ContentType.JSON).body(Map.of("stageId", stage))
                .post("/deals/{id}/stage", id)
                .then().statusCode(200).body("ownerId", equalTo(KeycloakTokens.subjectOf("acme-rep")));
    }

    @Test
    void aManagerCannotChangeTheDealOfAnotherTeamButAnAdminCan() {
        String id = Deals.create(as("acme-rep-2"));

        as("acme-manager").contentType(ContentType.JSON).post("/deals/{id}/win", id)
                .then().statusCode(403).body("detail", containsString("teams they manage"));
        as("acme-admin").contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(200);
    }

    @Test
    void aManagerGivesDealsOnlyToTheirTeam() {
        as("acme-manager").contentType(ContentType.JSON)
                .body(Deals.aDealWith("ownerId", KeycloakTokens.subjectOf("acme-rep")))
                .post("/deals").then().statusCode(201);
        as("acme-manager").contentType(ContentType.JSON)
                .body(Deals.aDealWith("ownerId", KeycloakTokens.subjectOf("acme-rep-2")))
                .post("/deals").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void listsFilterByTheOwnersTeam() {
        String name = "Team filter " + UUID.randomUUID();
        Deals.create(as("acme-rep-2"), Deals.aDealWith("name", name));
        String east = as("acme-rep").get("/teams").then().extract().path("find { it.name == 'East' }.id");
        String west = as("acme-rep").get("/teams").then().extract().path("find { it.name == 'West' }.id");

        as("acme-rep").queryParam("q", name).queryParam("team", west).get("/deals")
                .then().statusCode(200).body("total", equalTo(1));
        as("acme-rep").queryParam("q", name).queryParam("team", east).get("/deals")
                .then().statusCode(200).body("total", equalTo(0));
        as("acme-rep").queryParam("team", UUID.randomUUID()).get("/deals")
                .then().statusCode(400).body("errors.field", hasItem("team"));
    }

    @Test
    void eventsCarryTheTeamTheOwnerIsInWhenTheyAreRecorded() {
        String east = as("acme-rep").get("/teams").then().extract().path("find { it.name == 'East' }.id");
        try (TopicTail tail = TopicTail.of("crm.deals")) {
            String id = Deals.create(as("acme-rep"));

            ConsumerRecord<String, String> created = tail.awaitRecords(id, 1).getFirst();

            assertEquals(east, Contracts.data(created).get("ownerTeamId").asText());
            assertEquals(KeycloakTokens.subjectOf("acme-rep"), Contracts.data(created).get("ownerId").asText());
        }
    }

    @Test
    void aRepCannotGiveADealToSomeoneElse() {
        as("acme-rep").contentType(ContentType.JSON).body(Deals.aDealWith("ownerId", "someone-else"))
                .post("/deals").then().statusCode(403);
    }

    @Test
    void anotherTenantsDealIsNotFoundOnEveryEndpoint() {
        String id = Deals.create(as("acme-rep"));
        String stage = Deals.defaultStagesOf(as("globex-admin")).get(1);

        as("globex-admin").get("/deals/{id}", id).then().statusCode(404);
        as("globex-admin").get("/deals/{id}/history", id).then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(Deals.aDeal()).put("/deals/{id}", id)
                .then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(Map.of("stageId", stage))
                .post("/deals/{id}/stage", id).then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).post("/deals/{id}/win", id).then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(Map.of("reason", "Price"))
                .post("/deals/{id}/lose", id).then().statusCode(404);
        as("globex-admin").post("/deals/{id}/reopen", id).then().statusCode(404);
        as("globex-admin").delete("/deals/{id}", id).then().statusCode(404);
        as("acme-rep").get("/deals/{id}", id).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void anotherTenantsPipelineAndStagesAreNotFound() {
        String pipeline = as("acme-rep").get("/pipelines").then().extract().path("[0].id");
        String stage = Deals.defaultStagesOf(as("acme-rep")).getFirst();

        as("globex-admin").get("/pipelines/{id}", pipeline).then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(Map.of("name", "Stolen"))
                .put("/pipelines/{id}", pipeline).then().statusCode(404);
        as("globex-admin").post("/pipelines/{id}/stages/{stageId}/retire", pipeline, stage).then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(Deals.aDealWith("stageId", stage))
                .post("/deals").then().statusCode(400);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user));
    }
}
