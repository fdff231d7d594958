package dev.stride.crm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyCleanupTest {

    static final String TENANT = "idempotency-cleanup-test";

    @Inject
    IdempotencyCleanup cleanup;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TenantRows rows;

    @Test
    void keysOlderThanADayAreForgottenAndYoungerOnesKept() throws SQLException {
        long before = rows.count("idempotent_request", TENANT);
        insert(Instant.now().minus(Duration.ofHours(25)));
        insert(Instant.now().minus(Duration.ofHours(23)));

        cleanup.removeExpired();

        assertEquals(before + 1, rows.count("idempotent_request", TENANT));
    }

    private void insert(Instant createdAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into idempotent_request (id, tenant_id, idempotency_key, request_hash, status, body, created_at)
                values (?, ?, ?, 'hash', 201, '{}', ?)""")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, TENANT);
            s.setString(3, UUID.randomUUID().toString());
            s.setTimestamp(4, Timestamp.from(createdAt));
            s.executeUpdate();
        }
    }
}
