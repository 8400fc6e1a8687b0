package org.xiangli.kiosk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Transactions on one SQLite connection that threads share under a lock: the kiosk's store and the county hub's
 * each hold one. All of a transaction's work is committed, or none of it; the connection is back in auto-commit
 * after either.
 */
public final class LockedTransactions {

    private final Connection connection;
    private final ReentrantLock lock;
    private final String where;

    /** @param where names the database in errors ("database error in /var/lib/xiangli/kiosk.db: ...") */
    public LockedTransactions(Connection connection, ReentrantLock lock, String where) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.where = Objects.requireNonNull(where, "where");
    }

    /** Runs {@code work} in one transaction; an SQL failure is a {@link StoreException} naming the database. */
    public <T> T run(SqlWork<T> work) {
        return run(work, true);
    }

    /**
     * Runs {@code work} in a transaction that is rolled back whatever it did: nothing of it is ever stored. For
     * warm-ups, so that a write's code has run once before the first real one (issue 18).
     */
    public <T> T rehearse(SqlWork<T> work) {
        return run(work, false);
    }

    private <T> T run(SqlWork<T> work, boolean commit) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(where + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
