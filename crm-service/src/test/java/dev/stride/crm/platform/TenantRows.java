package dev.stride.crm.platform;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts rows of one tenant in the test database, bypassing the tenant filter, to prove what was (not) written. */
@ApplicationScoped
public class TenantRows {

    private final AgroalDataSource dataSource;

    TenantRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows of {@code table} (a constant of the test, never input) with this tenant_id. */
    public long count(String table, String tenantId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
            s.setString(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
