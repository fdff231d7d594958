package dev.stride.crm.webhook;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Changes webhook rows straight in the test database, to stage what the API cannot (old rows, backdated ones). */
@ApplicationScoped
class WebhookRows {

    private final AgroalDataSource dataSource;

    WebhookRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs one statement (a constant of the test) with these parameters; how many rows it changed. */
    int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
