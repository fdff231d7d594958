package dev.stride.crm.contact;

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
@OidcSecurity(claims = @Claim(key = "tenant", value = ContactEventsTest.TENANT))
class ContactEventsTest {

    static final String TENANT = "contact-events-test";

    @Test
    void createUpdateAndDeletePublishTheWholeContactInOrder() {
        String account = ContactResourceTest.anAccount();
        try (TopicTail tail = TopicTail.of("crm.contacts")) {
            String id = ContactResourceTest.create(ContactResourceTest.aContact(account, "佐藤 花子", "サトウ ハナコ"));
            given().contentType(ContentType.JSON)
                    .body(ContactResourceTest.aContact(account, "佐藤 花", "サトウ ハナ"))
                    .put("/contacts/{id}", id).then().statusCode(200);
            given().delete("/contacts/{id}", id).then().statusCode(204);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(id, 3);

            Contracts.assertMatches(records.get(0), "stride.crm.contact.created.v1", id, TENANT);
            Contracts.assertMatches(records.get(1), "stride.crm.contact.updated.v1", id, TENANT);
            Contracts.assertMatches(records.get(2), "stride.crm.contact.deleted.v1", id, TENANT);
            assertEquals(account, Contracts.data(records.get(0)).get("accountId").asText());
            assertEquals("サトウ ハナ", Contracts.data(records.get(1)).get("kana").asText());
        }
    }
}
