package org.powerpartnership.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Several nodes on one PostgreSQL database may start at the same moment (docker/compose.yaml, docker/two-nodes.sh).
 * Without a guard they race: both engines find no ACT_* tables and create them (one dies on a duplicate key in
 * pg_type), and both find no admin and open one ({@code InitialAdmin}). So, on PostgreSQL only, a node takes a
 * session-level advisory lock before the engine creates or updates its schema, and keeps it until the application
 * is ready (schema, engine plugins, deployments and first-start runners done); the next node waits, then finds all
 * of it in place. Flyway runs before the engine (the engine's plugins need JPA repositories, and JPA waits for
 * Flyway) and takes a lock of its own. A node that dies holding the lock loses its connection, and with it the lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

    /** Any constant that no other code uses as an advisory lock key ("PPSTART"). */
    static final long KEY = 0x5050_5354_4152_54L;

    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    synchronized void acquire() {
        if (held != null) {
            return;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            if (!lock(connection, "select pg_try_advisory_lock(?)")) {
                LOG.info("Another node is creating or updating the schema; waiting for it to finish starting");
                lock(connection, "select pg_advisory_lock(?)");
            }
            held = connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Cannot take the startup lock on the database", e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    synchronized void release() {
        if (held == null) {
            return;
        }
        try (PreparedStatement unlock = held.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            // the connection is gone (and with it the lock) or cannot unlock: never return it to the pool locked
            try {
                held.unwrap(Connection.class).abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // nothing more to do
            }
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    private static boolean lock(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                Object result = rs.getObject(1);
                return !(result instanceof Boolean taken) || taken;
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a connection that already failed
            }
        }
    }
}
