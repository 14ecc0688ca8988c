package io.cnctwin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.auth.control.PasswordHasher;
import io.cnctwin.platform.control.LegacySchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A database of the previous release (the hand-written migrator's schema V1..V7, its {@code schema_version} rows, a
 * reading, two users and an open alert), then the new WAR on it: Flyway baselines it at version 7 and the API finds
 * every row. On the embedded default (an H2 file, as the run command keeps it) and on PostgreSQL.
 */
// beside the sequence of the other classes, one such class at a time, never beside the timed ones (see Schedule)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Schedule.BESIDE)
@ResourceLock(value = Schedule.TIMED, mode = ResourceAccessMode.READ)
class LegacySchemaUpgradeIT {

    static final String DATABASE = "twin_legacy";

    @Test
    void theNewReleaseStartsOnADatabaseOfThePreviousOneAndFindsEveryRow() throws Exception {
        Path root = Path.of("target", "it-legacy-" + System.getProperty("it.database", "h2"), "payara");
        try (PayaraProcess server = new PayaraProcess(root, Map.of("ADMIN_PASSWORD", Api.ADMIN_PASSWORD), DATABASE)) {
            server.wipe();
            createDatabase();
            try (Connection previous = previousRelease(root)) {
                LegacySchema.create(previous, 7);
                LegacySchema.addRows(previous, new PasswordHasher().hash(Api.ADMIN_PASSWORD.toCharArray()));
            }

            server.start();
            Api api = new Api(server.base());
            // the admin of the old database: the new release created no user of its own
            String admin = api.adminToken();

            JsonArray users = api.get("api/v1/users", admin).array();
            assertEquals(2, users.size(), users.toString());
            assertTrue(users.stream().anyMatch(u -> LegacySchema.OPERATOR.equals(u.asJsonObject().getString("username"))),
                    users.toString());

            JsonArray readings = api.get("api/v1/machines/" + LegacySchema.MACHINE + "/readings?limit=1000", admin)
                    .object().getJsonArray("items");
            assertEquals(1, readings.size(), readings.toString());
            assertEquals(LegacySchema.READING_AT.toInstant(ZoneOffset.UTC).toString(),
                    readings.getJsonObject(0).getString("timestamp"));
            assertEquals(71.25, readings.getJsonObject(0).getJsonNumber("temperatureC").doubleValue());

            Api.Response alert = api.get("api/v1/alerts/" + LegacySchema.ALERT_ID, admin);
            assertEquals(200, alert.status(), alert.toString());
            JsonObject view = alert.object().getJsonObject("alert");
            assertEquals(LegacySchema.MACHINE, view.getInt("machineId"));
            assertEquals(LegacySchema.ALERT_MESSAGE, view.getString("message"));
            JsonArray open = api.get("api/v1/alerts?state=OPEN&machineId=" + LegacySchema.MACHINE, admin)
                    .object().getJsonArray("items");
            assertEquals(1, open.size(), open.toString());

            server.close();
            try (Connection upgraded = previousRelease(root); Statement s = upgraded.createStatement();
                 ResultSet rs = s.executeQuery("SELECT \"type\", \"version\" FROM \"flyway_schema_history\""
                         + " ORDER BY \"installed_rank\"")) {
                List<String> baselines = new ArrayList<>();
                while (rs.next()) {
                    if ("BASELINE".equals(rs.getString(1))) {
                        baselines.add(rs.getString(2));
                    } else if ("SQL".equals(rs.getString(1))) {
                        assertTrue(Integer.parseInt(rs.getString(2)) > 7,
                                "no script of the previous release run again: V" + rs.getString(2));
                    }
                }
                assertEquals(List.of("7"), baselines, "baselined once, at the previous release's version");
            }
        }
    }

    /** The database the server will use, as a fresh one of the previous release would be. */
    static Connection previousRelease(Path root) throws SQLException {
        if (!TestDatabase.isPostgres()) {
            return DriverManager.getConnection("jdbc:h2:" + root.toAbsolutePath().resolve("db/twin"));
        }
        return TestDatabase.connect(DATABASE);
    }

    /** On PostgreSQL a database of its own, new at every run (the embedded one lives under the wiped root). */
    static void createDatabase() throws SQLException {
        if (TestDatabase.isPostgres()) {
            try (Connection c = TestDatabase.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE);
                s.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }
}
