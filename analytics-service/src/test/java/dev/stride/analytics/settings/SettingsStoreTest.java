package dev.stride.analytics.settings;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.stride.analytics.events.CrmEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "settings-admin", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = SettingsStoreTest.TENANT))
class SettingsStoreTest {

    static final String TENANT = "settings-store-test";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /**
     * The settings are kept parsed between reads; each publication (here all with the same event time, which the
     * store accepts as the newer) must reach the very next read. Fails if the parsed settings outlive their revision.
     */
    @Test
    void republishedSettingsReachTheNextRead() {
        try (KafkaCompanion kafka = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            for (String zone : List.of("Europe/Berlin", "America/New_York", "Asia/Tokyo")) {
                kafka.produceStrings().fromRecords(List.of(CrmEvents.kpiEvent("stride.kpi.settings.defined.v1",
                        TENANT, TENANT, UUID.randomUUID(), data -> data.put("tenantId", TENANT)
                                .put("timeZone", zone)))).awaitCompletion(PATIENCE);
                await().atMost(PATIENCE).until(() -> zone.equals(given().get("/metrics/deals.won.count")
                        .then().statusCode(200).extract().path("timeZone")));
            }
        }
    }
}
