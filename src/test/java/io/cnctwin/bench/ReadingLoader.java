package io.cnctwin.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills sensor_readings fast, beside the server: generated rows in time order (all machines at each instant, as a
 * fleet writes them) sent with COPY FROM STDIN in chunks, then VACUUM (ANALYZE). Ids start at {@link #FIRST_ID}, far above
 * what the server's own sequence hands out in a benchmark, so both can write to the table.
 */
final class ReadingLoader {

    static final long FIRST_ID = 1_000_000_000L;
    static final String COLUMNS = "id, machine_id, ts, operation_mode, temperature_c, vibration_hz, power_consumption_kw,"
            + " network_latency_ms, packet_loss_pct, defect_rate_pct, production_speed_units_per_hr, maintenance_score,"
            + " error_rate_pct, efficiency_status, calc_efficiency_status, efficiency_score, risk_score, risk_level,"
            + " failure_probability, health_index, source, ingested_at";
    private static final int CHUNK_ROWS = 50_000;
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReadingLoader() {
    }

    /**
     * Rows of machines 1..{@code machines} at {@code start + k * stepSeconds} for k in [fromStep, steps); returns
     * how many were written.
     */
    static long load(Connection connection, int machines, LocalDateTime start, long stepSeconds, long fromStep, long steps)
            throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        SplittableRandom random = new SplittableRandom(42);
        String now = TS.format(LocalDateTime.now());
        StringBuilder chunk = new StringBuilder(CHUNK_ROWS * 200);
        long id = FIRST_ID;
        long written = 0;
        int inChunk = 0;
        for (long k = fromStep; k < steps; k++) {
            String ts = TS.format(start.plusSeconds(k * stepSeconds));
            for (int machine = 1; machine <= machines; machine++) {
                row(chunk, id++, machine, ts, random, now);
                if (++inChunk == CHUNK_ROWS) {
                    written += copy.copyIn("COPY sensor_readings (" + COLUMNS + ") FROM STDIN", new StringReader(chunk.toString()));
                    chunk.setLength(0);
                    inChunk = 0;
                }
            }
        }
        if (inChunk > 0) {
            written += copy.copyIn("COPY sensor_readings (" + COLUMNS + ") FROM STDIN", new StringReader(chunk.toString()));
        }
        // what autovacuum does after many inserts (PostgreSQL 13+), at once: statistics, hint bits, and the visibility
        // map an index-only scan needs (server-config/postgres/covering-aggregate-index.sql)
        try (Statement vacuum = connection.createStatement()) {
            vacuum.execute("VACUUM (ANALYZE) sensor_readings");
        }
        return written;
    }

    private static void row(StringBuilder out, long id, int machine, String ts, SplittableRandom random, String now) {
        double temperature = 45 + random.nextDouble() * 30;
        double error = random.nextDouble() * 10;
        double speed = 100 + random.nextDouble() * 400;
        String status = error < 3 && speed > 250 ? "HIGH" : error < 7 ? "MEDIUM" : "LOW";
        double risk = random.nextDouble();
        String level = risk < 0.4 ? "LOW" : risk < 0.7 ? "MEDIUM" : risk < 0.9 ? "HIGH" : "CRITICAL";
        out.append(id).append('\t').append(machine).append('\t').append(ts).append('\t')
                .append(random.nextInt(10) < 8 ? "ACTIVE" : "IDLE").append('\t')
                .append(num(temperature)).append('\t').append(num(1 + random.nextDouble() * 3)).append('\t')
                .append(num(3 + random.nextDouble() * 7)).append('\t').append(num(5 + random.nextDouble() * 45)).append('\t')
                .append(num(random.nextDouble() * 5)).append('\t').append(num(random.nextDouble() * 10)).append('\t')
                .append(num(speed)).append('\t').append(num(random.nextDouble())).append('\t')
                .append(num(error)).append('\t').append(status).append('\t').append(status).append('\t')
                .append(num(random.nextDouble() * 100)).append('\t').append(num(risk * 100)).append('\t')
                .append(level).append('\t').append(num(risk)).append('\t').append(num(100 - risk * 100)).append('\t')
                .append("IMPORT").append('\t').append(now).append('\n');
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
