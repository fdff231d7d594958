package dev.stride.kpi.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes committed outbox rows to Kafka, in insertion order, and deletes them only once the broker acknowledged
 * them. A crash anywhere means rows are sent again (consumers dedupe on {@code ce_id}); nothing is ever lost.
 *
 * <p>The relay owns one dedicated, unpooled connection: it holds a session advisory lock there (one active relay per
 * database, however many replicas run) and {@code LISTEN}s on it, woken at once by the insert trigger's {@code NOTIFY}
 * and polling every {@code stride.outbox.poll-interval} as a fallback.
 */
@ApplicationScoped
class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: one relay per database. */
    private static final long LOCK_KEY = 0x5354524944450001L;
    private static final String CHANNEL = "outbox_event";

    private final KafkaPublisher publisher;
    private final OutboxConfig config;
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(KafkaPublisher publisher, OutboxConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.publisher = publisher;
        this.config = config;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled by configuration");
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(config.pollInterval().toMillis() + 1000);
        }
    }

    private void run() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                connection.setAutoCommit(true);
                if (!acquireLock(connection)) {
                    pause();
                    continue;
                }
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                LOG.info("Outbox relay active");
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    if (relayOneBatch(connection) == 0) {
                        notifications.getNotifications((int) config.pollInterval().toMillis());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Outbox relay lost its database connection (%s); reconnecting", e.getMessage());
                    pause();
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Outbox relay could not publish (%s); the events stay pending and are sent again",
                            rootMessage(e));
                    pause();
                }
            }
        }
    }

    /** Sends up to one batch of pending rows and deletes them after the broker's acknowledgement; returns how many. */
    int relayOneBatch(Connection connection) throws SQLException {
        List<PendingEvent> batch = pending(connection);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publish(batch).await().atMost(config.sendTimeout());
        delete(connection, batch);
        return batch.size();
    }

    private List<PendingEvent> pending(Connection connection) throws SQLException {
        List<PendingEvent> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, tenant_id, topic, aggregate_id, type, occurred_at, payload::text
                from outbox_event order by position limit ?""")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PendingEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)));
                }
            }
        }
        return rows;
    }

    private static void delete(Connection connection, List<PendingEvent> batch) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from outbox_event where id = any(?)")) {
            Array ids = connection.createArrayOf("uuid", batch.stream().map(PendingEvent::id).toArray());
            delete.setArray(1, ids);
            delete.executeUpdate();
        }
    }

    private static boolean acquireLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.pollInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
