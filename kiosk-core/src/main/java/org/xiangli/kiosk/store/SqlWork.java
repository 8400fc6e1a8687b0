package org.xiangli.kiosk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on the open connection, run by {@link Database} inside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
