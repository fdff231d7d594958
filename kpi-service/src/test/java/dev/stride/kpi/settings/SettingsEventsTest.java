package dev.stride.kpi.settings;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.kpi.events.Contracts;
import dev.stride.kpi.events.TopicTail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin-events", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = SettingsEventsTest.TENANT))
class SettingsEventsTest {

    static final String TENANT = "settings-events-test";

    @Test
    void aChangePublishesTheWholeSettingsWithTheHolidayCalendarKeyedByTenant() {
        Map<String, Object> settings = SettingsResourceTest.settings();
        settings.put("daysOff", List.of(Map.of("date", "2026-12-29", "name", "年末休業")));
        try (TopicTail tail = TopicTail.of("kpi.definitions")) {
            given().contentType(ContentType.JSON).body(settings).put("/settings").then().statusCode(200);

            ConsumerRecord<String, String> record = tail.awaitRecords(TENANT, 1).getFirst();

            Contracts.assertMatches(record, "stride.kpi.settings.defined.v1", TENANT, TENANT);
            JsonNode data = Contracts.data(record);
            assertEquals(72.5, data.get("grossMarginPercent").asDouble());
            int version = given().get("/settings").then().extract().path("version");
            assertEquals(version, data.get("version").asInt());
            JsonNode holidays = data.get("holidays");
            assertEquals("2020-01-01", holidays.get(0).get("date").asText());
            assertEquals("2030-11-23", holidays.get(holidays.size() - 1).get("date").asText());
            assertEquals(1, holidays.findValues("national").stream().filter(n -> !n.asBoolean()).count());
        }
    }
}
