package io.cnctwin.platform.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;

/** The shipped schema on an in-memory H2, migrated as the server migrates it: for tests of SQL without a server. */
public final class TestSchema {

    private TestSchema() {
    }

    /** A new in-memory database, migrated; it lives as long as the returned connection stays open. */
    public static Connection h2(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + System.nanoTime();
        Connection connection = DriverManager.getConnection(url);
        FlywayMigrations.migrate(h2DataSource(url));
        return connection;
    }

    public static JdbcDataSource h2DataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}
