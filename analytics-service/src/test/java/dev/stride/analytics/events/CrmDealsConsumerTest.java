package dev.stride.analytics.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The consumer side of the deal event contract, fed with crm-service's own example files. */
@QuarkusTest
@TestSecurity(user = "analyst", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = CrmDealsConsumerTest.TENANT))
class CrmDealsConsumerTest {

    static final String TENANT = "crm-deals-consumer-test";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void wonDealFromTheProducersExampleIsCounted() {
        long before = wonInExamplePeriod();
        UUID deal = UUID.randomUUID();

        send(CrmEvents.deal(CrmEvents.CREATED, TENANT, deal, UUID.randomUUID()));
        send(CrmEvents.deal(CrmEvents.WON, TENANT, deal, UUID.randomUUID()));

        await().atMost(PATIENCE).until(() -> wonInExamplePeriod() == before + 1);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "rep")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT + "-other"))
    void anotherTenantsWonDealIsNotCounted() {
        long before = wonInExamplePeriod();
        UUID deal = UUID.randomUUID();

        // same key, so the same partition in this order: when our deal counts, theirs has been applied too
        send(CrmEvents.deal(CrmEvents.WON, TENANT, deal, UUID.randomUUID()));
        RecordMetadata ours = send(CrmEvents.deal(CrmEvents.WON, TENANT + "-other", deal, UUID.randomUUID()));

        awaitConsumedPast(ours);
        assertEquals(before + 1, wonInExamplePeriod());
    }

    @Test
    void sameCloudEventDeliveredTwiceIsCountedOnce() {
        long before = wonInExamplePeriod();
        ProducerRecord<String, String> won = CrmEvents.deal(CrmEvents.WON, TENANT, UUID.randomUUID(),
                UUID.randomUUID());

        send(won);
        RecordMetadata second = send(won);

        awaitConsumedPast(second);
        assertEquals(before + 1, wonInExamplePeriod());
    }

    @Test
    void reopenedDealLeavesTheWonCount() {
        long before = wonInExamplePeriod();
        UUID deal = UUID.randomUUID();
        send(CrmEvents.deal(CrmEvents.WON, TENANT, deal, UUID.randomUUID()));
        await().atMost(PATIENCE).until(() -> wonInExamplePeriod() == before + 1);

        RecordMetadata reopened = send(CrmEvents.deal(CrmEvents.REOPENED, TENANT, deal, UUID.randomUUID(), 6L));

        awaitConsumedPast(reopened);
        assertEquals(before, wonInExamplePeriod());
    }

    @Test
    void deletedDealLeavesTheWonCount() {
        long before = wonInExamplePeriod();
        UUID deal = UUID.randomUUID();
        send(CrmEvents.deal(CrmEvents.WON, TENANT, deal, UUID.randomUUID()));
        await().atMost(PATIENCE).until(() -> wonInExamplePeriod() == before + 1);

        RecordMetadata deleted = send(CrmEvents.deal(CrmEvents.DELETED, TENANT, deal, UUID.randomUUID()));

        awaitConsumedPast(deleted);
        assertEquals(before, wonInExamplePeriod());
    }

    @Test
    void anOlderStateArrivingLateDoesNotUndoANewerOne() {
        long before = wonInExamplePeriod();
        UUID deal = UUID.randomUUID();

        // the example win is version 5 and the example reopening version 4: a redelivered, older state
        send(CrmEvents.deal(CrmEvents.WON, TENANT, deal, UUID.randomUUID()));
        RecordMetadata older = send(CrmEvents.deal(CrmEvents.REOPENED, TENANT, deal, UUID.randomUUID()));

        awaitConsumedPast(older);
        assertEquals(before + 1, wonInExamplePeriod());
    }

    @Test
    void malformedRecordIsDeadLetteredAndTheStreamGoesOn() {
        long before = wonInExamplePeriod();
        UUID deal = UUID.randomUUID();
        try (var dlq = kafka.consumeStrings().fromTopics(CrmEvents.topic() + ".dlq",
                records -> records.select().where(r -> deal.toString().equals(r.key())))) {

            send(new ProducerRecord<>(CrmEvents.topic(), deal.toString(), "{\"not\": \"a cloud event\"}"));
            send(CrmEvents.deal(CrmEvents.WON, TENANT, deal, UUID.randomUUID()));

            await().atMost(PATIENCE).until(() -> wonInExamplePeriod() == before + 1);
            ConsumerRecord<String, String> parked = dlq.awaitRecords(1, PATIENCE).getFirstRecord();
            String reason = new String(parked.headers().lastHeader("dlq-reason").value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("ce_id"), reason);
        }
    }

    @Test
    void recordTheDatabaseRejectsIsDeadLetteredAndTheStreamGoesOn() {
        long before = wonInExamplePeriod();
        UUID deal = UUID.randomUUID();
        try (var dlq = kafka.consumeStrings().fromTopics(CrmEvents.topic() + ".dlq",
                records -> records.select().where(r -> deal.toString().equals(r.key())))) {

            // a well-formed event whose tenant id PostgreSQL cannot store (a NUL character)
            send(CrmEvents.deal(CrmEvents.WON, "bad\u0000tenant", deal, UUID.randomUUID()));
            send(CrmEvents.deal(CrmEvents.WON, TENANT, deal, UUID.randomUUID()));

            await().atMost(PATIENCE).until(() -> wonInExamplePeriod() == before + 1);
            ConsumerRecord<String, String> parked = dlq.awaitRecords(1, PATIENCE).getFirstRecord();
            String reason = new String(parked.headers().lastHeader("dlq-reason").value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("rejected by the database"), reason);
        }
    }

    private static RecordMetadata send(ProducerRecord<String, String> record) {
        return kafka.produceStrings().fromRecords(List.of(record)).awaitCompletion(PATIENCE).getFirstRecord();
    }

    private static void awaitConsumedPast(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        String group = ConfigProvider.getConfig().getValue("mp.messaging.incoming.crm-deals.group.id", String.class);
        await().atMost(PATIENCE).until(() -> {
            OffsetAndMetadata committed = kafka.consumerGroups().offsets(group, partition);
            return committed != null && committed.offset() > record.offset();
        });
    }

    private static long wonInExamplePeriod() {
        return given().get("/metrics/deals.won.count?" + CrmEvents.examplePeriodQuery())
                .then().statusCode(200)
                .extract().<Number>path("value").longValue();
    }
}
