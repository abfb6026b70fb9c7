package org.powerpartnership.identity;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/** Tells whether we run on the embedded H2 default, the only place demo accounts may exist. */
@Component
public class EmbeddedDatabase {

    private final DataSource dataSource;

    EmbeddedDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isEmbedded() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's product name", e);
        }
    }
}
