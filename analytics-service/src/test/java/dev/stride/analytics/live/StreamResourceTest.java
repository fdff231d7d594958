package dev.stride.analytics.live;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.analytics.events.CrmEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "viewer", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = StreamResourceTest.TENANT))
class StreamResourceTest {

    static final String TENANT = "stream-resource-test";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/stream")
    URI stream;

    @Test
    void liveClientIsToldWhenItsTenantsFiguresChangeAndOnlyItsOwn() {
        try (SseClient client = new SseClient(stream); KafkaCompanion kafka = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            await().atMost(PATIENCE).until(client::open);

            UUID deal = UUID.randomUUID();
            // same key, same partition, in this order: the other tenant's change is applied first
            kafka.produceStrings().fromRecords(List.of(
                    CrmEvents.deal(CrmEvents.WON, TENANT + "-other", deal, UUID.randomUUID()),
                    CrmEvents.deal(CrmEvents.WON, TENANT, deal, UUID.randomUUID()))).awaitCompletion(PATIENCE);

            List<String> lines = client.lines();
            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(l -> l.contains("deals.won.count")));
            assertEquals(1, lines.stream().filter(l -> l.equals("event:metrics-changed")
                    || l.equals("event: metrics-changed")).count(), "only our tenant's change: " + lines);
            assertTrue(lines.stream().noneMatch(l -> l.contains(TENANT)), "no tenant id leaves the service");
        }
    }
}
