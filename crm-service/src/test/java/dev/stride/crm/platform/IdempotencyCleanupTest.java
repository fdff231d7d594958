package dev.stride.crm.platform;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyCleanupTest {

    static final String TENANT = "idempotency-cleanup-test";

    @Inject
    IdempotencyCleanup cleanup;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void keysOlderThanADayAreForgottenAndYoungerOnesKept() throws SQLException {
        String old = insert(Instant.now().minus(Duration.ofHours(25)));
        String young = insert(Instant.now().minus(Duration.ofHours(23)));

        cleanup.removeExpired();

        assertEquals(List.of(young), kept(old, young));
    }

    private List<String> kept(String... keys) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select idempotency_key from idempotent_request where idempotency_key = any(?) order by created_at")) {
            s.setArray(1, c.createArrayOf("text", keys));
            List<String> kept = new ArrayList<>();
            try (ResultSet found = s.executeQuery()) {
                while (found.next()) {
                    kept.add(found.getString(1));
                }
            }
            return kept;
        }
    }

    private String insert(Instant createdAt) throws SQLException {
        String key = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into idempotent_request (id, tenant_id, user_id, idempotency_key, request_hash, status, body,
                                                created_at)
                values (?, ?, 'cleanup-user', ?, 'hash', 201, '{}', ?)""")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, TENANT);
            s.setString(3, key);
            s.setTimestamp(4, Timestamp.from(createdAt));
            s.executeUpdate();
        }
        return key;
    }
}
