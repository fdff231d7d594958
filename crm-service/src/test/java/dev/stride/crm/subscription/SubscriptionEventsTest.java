package dev.stride.crm.subscription;

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

/** The producer side of the subscription event contract. */
@QuarkusTest
@TestSecurity(user = "rep-subscription-events", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = SubscriptionEventsTest.TENANT))
class SubscriptionEventsTest {

    static final String TENANT = "subscription-events-test";

    @Test
    void everyStepOfASubscriptionPublishesItsCloudEventInOrder() {
        String account = Subscriptions.anAccount();
        try (TopicTail tail = TopicTail.of("crm.subscriptions")) {
            String id = Subscriptions.start(Subscriptions.aSubscription(account));
            given().contentType(ContentType.JSON).body(Map.of("plan", "Standard (annual)"))
                    .put("/subscriptions/{id}", id).then().statusCode(200);
            Subscriptions.post(id, "mrr", Map.of("mrr", 80000, "effectiveOn", "2026-10-01", "plan", "Premium"));
            Subscriptions.post(id, "renew", Map.of("renewsOn", "2028-04-01"));
            Subscriptions.post(id, "cancel", Map.of("cancelledOn", "2027-06-01", "reason", "Moved to a competitor"));
            String mistake = Subscriptions.start(Subscriptions.aSubscription(account));
            given().delete("/subscriptions/{id}", mistake).then().statusCode(204);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(id, 5);
            List<ConsumerRecord<String, String>> deleted = tail.awaitRecords(mistake, 2);

            Contracts.assertMatches(records.get(0), SubscriptionEvent.STARTED, id, TENANT);
            Contracts.assertMatches(records.get(1), SubscriptionEvent.UPDATED, id, TENANT);
            Contracts.assertMatches(records.get(2), SubscriptionEvent.CHANGED, id, TENANT);
            Contracts.assertMatches(records.get(3), SubscriptionEvent.RENEWED, id, TENANT);
            Contracts.assertMatches(records.get(4), SubscriptionEvent.CANCELLED, id, TENANT);
            Contracts.assertMatches(deleted.get(1), SubscriptionEvent.DELETED, mistake, TENANT);
            assertEquals(50000, Contracts.data(records.get(2)).get("oldMrr").asInt());
            assertEquals(80000, Contracts.data(records.get(2)).get("newMrr").asInt());
        }
    }
}
