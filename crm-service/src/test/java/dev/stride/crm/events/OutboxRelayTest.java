package dev.stride.crm.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    private static final String TENANT = "outbox-relay-test";

    @Inject
    KafkaPublisher publisher;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventSentButNotDeletedBeforeACrashIsSentAgainWithTheSameId() throws SQLException {
        PendingEvent event = aDealCreatedEvent();
        String dealId = event.aggregateId();

        try (TopicTail tail = TopicTail.of("crm.deals")) {
            // the relay sent the row and the broker acknowledged it...
            publisher.publish(List.of(event)).await().atMost(Duration.ofSeconds(20));
            // ...then it died before deleting the row, so the row is still pending when a relay runs again
            insert(event);

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(dealId, 2);

            assertEquals(event.id().toString(), TopicTail.header(records.get(0), "ce_id"));
            assertEquals(event.id().toString(), TopicTail.header(records.get(1), "ce_id"),
                    "a resend carries the same ce_id, so consumers can drop it");
            await().atMost(Duration.ofSeconds(20)).until(() -> pending(event.id()) == 0);
        }
    }

    @Test
    void committedRowIsPublishedThenDeleted() throws SQLException {
        PendingEvent event = aDealCreatedEvent();
        String dealId = event.aggregateId();

        try (TopicTail tail = TopicTail.of("crm.deals")) {
            insert(event);

            ConsumerRecord<String, String> record = tail.awaitRecords(dealId, 1).getFirst();

            assertEquals(TENANT, TopicTail.header(record, "ce_tenantid"));
            assertEquals(event.occurredAt().toString(), Instant.parse(TopicTail.header(record, "ce_time")).toString(),
                    "ce_time is the business time, not the relay time");
            await().atMost(Duration.ofSeconds(20)).until(() -> pending(event.id()) == 0);
        }
    }

    private static PendingEvent aDealCreatedEvent() {
        String dealId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String payload = "{\"dealId\":\"%s\",\"name\":\"Relay test\",\"amount\":1,\"currency\":\"JPY\",\"status\":\"OPEN\","
                .formatted(dealId) + "\"ownerId\":\"relay-test\",\"createdAt\":\"%s\"}".formatted(now);
        return new PendingEvent(UUID.randomUUID(), TENANT, "crm.deals", dealId, "stride.crm.deal.created.v1", now,
                payload);
    }

    private void insert(PendingEvent event) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into outbox_event (id, tenant_id, topic, aggregate_id, type, occurred_at, payload)
                values (?, ?, ?, ?, ?, ?, ?::jsonb)""")) {
            s.setObject(1, event.id());
            s.setString(2, event.tenantId());
            s.setString(3, event.topic());
            s.setString(4, event.aggregateId());
            s.setString(5, event.type());
            s.setTimestamp(6, Timestamp.from(event.occurredAt()));
            s.setString(7, event.payload());
            s.executeUpdate();
        }
    }

    private long pending(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from outbox_event where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
