package dev.stride.crm.platform;

import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Records each user's display name (and username and email) from their token on their first request (and again when
 * it changed), so records keep a readable owner even after the owner left the identity provider. A user seen since
 * this process started costs nothing; otherwise one upsert runs off the event loop.
 */
@ApplicationScoped
public class KnownUsers {

    private static final Logger LOG = Logger.getLogger(KnownUsers.class);

    /** A user as their token named them. */
    public record KnownUser(String userId, String username, String displayName, String email) {
    }

    private final Map<String, KnownUser> seen = new ConcurrentHashMap<>();
    private final AgroalDataSource dataSource;
    private final Clock clock;

    KnownUsers(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records the caller of a request whose tenant is bound; never fails the request. */
    Uni<Void> remember(String tenantId, JsonWebToken jwt) {
        String username = jwt.getClaim("preferred_username");
        String name = CurrentTenant.claim(jwt, "name") instanceof String given && !given.isBlank() ? given
                : username != null ? username : jwt.getSubject();
        KnownUser user = new KnownUser(jwt.getSubject(), username, name, jwt.getClaim("email"));
        String key = tenantId + '\u0000' + user.userId();
        if (user.userId() == null || Objects.equals(seen.get(key), user)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> {
            upsert(tenantId, user);
            seen.put(key, user);
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Could not record user %s of tenant %s: %s", user.userId(), tenantId, failure.toString());
                    return null;
                });
    }

    /** Every user recorded for the tenant. */
    public List<KnownUser> of(String tenantId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select user_id, username, display_name, email from known_user where tenant_id = ?")) {
            s.setString(1, tenantId);
            List<KnownUser> users = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.add(new KnownUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return users;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the known users of " + tenantId, e);
        }
    }

    private void upsert(String tenantId, KnownUser user) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into known_user (tenant_id, user_id, username, display_name, email, first_seen_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, user_id) do update
                   set username = excluded.username, display_name = excluded.display_name, email = excluded.email""")) {
            s.setString(1, tenantId);
            s.setString(2, user.userId());
            s.setString(3, user.username());
            s.setString(4, user.displayName());
            s.setString(5, user.email());
            s.setTimestamp(6, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
