package dev.stride.crm.account;

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

@QuarkusTest
@TestSecurity(user = "rep-events", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = AccountEventsTest.TENANT))
class AccountEventsTest {

    static final String TENANT = "account-events-test";

    @Test
    void createUpdateAndDeletePublishTheWholeAccountInOrder() {
        try (TopicTail tail = TopicTail.of("crm.accounts")) {
            String id = Accounts.create("Event Trail KK");
            given().contentType(ContentType.JSON).body(Accounts.anAccount("Event Trail GK"))
                    .put("/accounts/{id}", id).then().statusCode(200);
            given().delete("/accounts/{id}", id).then().statusCode(204);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(id, 3);

            Contracts.assertMatches(records.get(0), "stride.crm.account.created.v1", id, TENANT);
            Contracts.assertMatches(records.get(1), "stride.crm.account.updated.v1", id, TENANT);
            Contracts.assertMatches(records.get(2), "stride.crm.account.deleted.v1", id, TENANT);
            assertEquals(0, Contracts.data(records.get(0)).get("version").asInt());
            assertEquals("Event Trail GK", Contracts.data(records.get(1)).get("name").asText());
            assertEquals(1, Contracts.data(records.get(1)).get("version").asInt(), "the version after the change");
        }
    }
}
