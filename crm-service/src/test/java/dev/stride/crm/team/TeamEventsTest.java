package dev.stride.crm.team;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.events.Contracts;
import dev.stride.crm.events.TopicTail;
import dev.stride.crm.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The producer side of the team event contract, with globex's real users (teams need users of the tenant). */
@QuarkusTest
@TestSecurity(user = "admin-team-events", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = "globex"))
class TeamEventsTest {

    @Test
    void everyChangeOfATeamPublishesTheWholeTeamInOrder() {
        String admin = KeycloakTokens.subjectOf("globex-admin");
        String rep = KeycloakTokens.subjectOf("globex-rep");
        try (TopicTail tail = TopicTail.of("crm.teams")) {
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of("name", "Events " + UUID.randomUUID(), "managerId", admin))
                    .post("/teams").then().statusCode(201).extract().path("id");
            given().contentType(ContentType.JSON)
                    .body(Map.of("name", "Events " + UUID.randomUUID(), "managerId", admin))
                    .put("/teams/{id}", id).then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("name", "Events renamed " + id, "managerId", rep))
                    .put("/teams/{id}", id).then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("userId", rep))
                    .post("/teams/{id}/members", id).then().statusCode(200);
            given().delete("/teams/{id}/members/{userId}", id, rep).then().statusCode(200);
            given().delete("/teams/{id}", id).then().statusCode(204);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(id, 7);

            List<String> types = List.of(TeamEvent.CREATED, TeamEvent.RENAMED, TeamEvent.RENAMED,
                    TeamEvent.MANAGER_CHANGED, TeamEvent.MEMBER_ADDED, TeamEvent.MEMBER_REMOVED, TeamEvent.DELETED);
            for (int i = 0; i < types.size(); i++) {
                Contracts.assertMatches(records.get(i), types.get(i), id, "globex");
            }
            assertEquals(rep, Contracts.data(records.get(4)).get("memberIds").get(0).asText());
            assertEquals(rep, Contracts.data(records.get(5)).get("userId").asText());
        }
    }
}
