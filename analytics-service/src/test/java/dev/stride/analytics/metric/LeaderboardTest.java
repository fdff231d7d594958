package dev.stride.analytics.metric;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.stride.analytics.events.CrmEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "manager", roles = "manager")
@OidcSecurity(claims = @Claim(key = "tenant", value = LeaderboardTest.TENANT))
class LeaderboardTest {

    static final String TENANT = "leaderboard-test";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PERIOD = "from=2026-11-01&to=2026-12-01";

    @Test
    void ownersAreRankedByTheirFigureBestFirstAndEqualFiguresShareARank() {
        // this run's own pipeline and team, so earlier runs' deals in the same tenant count zero and rank after
        UUID pipeline = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (KafkaCompanion kafka = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            kafka.produceStrings().fromRecords(List.of(won("alice" + run, 300_000, pipeline, team),
                    won("bob" + run, 100_000, pipeline, team), won("carol" + run, 200_000, pipeline, team),
                    won("carol" + run, 100_000, pipeline, team), won("dave" + run, 100_000, pipeline, team)))
                    .awaitCompletion(PATIENCE);
        }
        String query = PERIOD + "&pipelineId=" + pipeline;

        await().atMost(PATIENCE).until(() -> given().get("/metrics/deals.won.count/leaderboard?by=team&" + query)
                .then().extract().<List<Integer>>path("entries.value").getFirst() == 5);
        given().get("/metrics/deals.won.amount/leaderboard?" + query)
                .then().statusCode(200)
                .body("by", equalTo("OWNER"))
                .body("entries.key[0..3]", contains("alice" + run, "carol" + run, "bob" + run, "dave" + run))
                .body("entries.rank[0..3]", contains(1, 1, 3, 3))
                .body("entries.value[0..3]", contains(300000, 300000, 100000, 100000));
        given().get("/metrics/deals.won.count/leaderboard?by=team&" + query)
                .then().statusCode(200)
                .body("entries.key[0]", equalTo(team.toString()));
    }

    @Test
    void aLeaderboardByAnUnknownDimensionOrFilteredToOneOwnerIsRejected() {
        given().get("/metrics/deals.won.amount/leaderboard?by=region")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("by"));
        given().get("/metrics/deals.won.amount/leaderboard?by=owner&ownerId=alice")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("ownerId"));
    }

    private static ProducerRecord<String, String> won(String owner, long amount, UUID pipeline, UUID team) {
        return CrmEvents.event(CrmEvents.WON, TENANT, UUID.randomUUID(), UUID.randomUUID(),
                data -> data.put("ownerId", owner).put("ownerTeamId", team.toString())
                        .put("pipelineId", pipeline.toString()).put("amount", amount));
    }
}
