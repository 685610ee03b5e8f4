package be.smartcredit.hub.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Keeps a scheduled job to one node at a time: the job holds a PostgreSQL session advisory lock named after it
 * while it runs, and a node that finds the lock taken skips its turn instead of waiting. A node that dies
 * loses its database session and with it the lock.
 */
@Component
public class SingleNode {

    /** The first key of the two-key advisory locks, apart from the one-key locks the hub takes elsewhere. */
    static final int LOCK_SPACE = 0x5C4B;

    private static final Logger log = LoggerFactory.getLogger(SingleNode.class);

    private final DataSource dataSource;

    public SingleNode(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the job when no other node runs it now; empty when another node holds it (or it returned null). */
    public <T> Optional<T> runAlone(String job, Supplier<T> work) {
        Optional<Held> held = tryHold(job);
        if (held.isEmpty()) {
            log.info("Scheduled job skipped: job='{}' is running on another node.", job);
            return Optional.empty();
        }

        try (Held lock = held.get()) {
            return Optional.ofNullable(work.get());
        }
    }

    /** Takes the job's lock on a connection of its own, or nothing when another session holds it. */
    public Optional<Held> tryHold(String job) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (call(connection, "SELECT pg_try_advisory_lock(?, hashtext(?))", job)) {
                return Optional.of(new Held(connection, job));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("cannot take the lock of job " + job, e);
        }
    }

    private static boolean call(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_SPACE);
            statement.setString(2, job);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The connection is broken already; the server drops its locks with the session.
        }
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException ignored) {
            closeQuietly(connection);
        }
    }

    /** A job's lock, held until closed; closing releases it and returns the connection to the pool. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final String job;

        private Held(Connection connection, String job) {
            this.connection = connection;
            this.job = job;
        }

        @Override
        public void close() {
            try {
                call(connection, "SELECT pg_advisory_unlock(?, hashtext(?))", job);
                closeQuietly(connection);
            } catch (SQLException e) {
                // A pooled connection must not go back holding the lock: drop it, and the server drops the lock.
                log.warn("Releasing the lock of job='{}' failed; its connection is dropped instead.", job);
                abort(connection);
            }
        }
    }
}
