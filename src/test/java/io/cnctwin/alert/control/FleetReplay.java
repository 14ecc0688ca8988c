package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.AlertTransition;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.analytics.control.MachineAnalytics;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.platform.control.Migrator;
import io.cnctwin.platform.control.SchemaMigrations;
import io.cnctwin.telemetry.entity.Reading;
import io.cnctwin.twin.control.ReplaySource;
import io.cnctwin.twin.entity.ReplayRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Replays a data set through the real alert logic, without a server: each machine's {@link MachineAnalytics} computes
 * the indicators as the live pipeline does, one {@link AlertEngine} evaluates the rules on each reading in file order,
 * and an in-memory store keeps every alert and every step of its history, with its message.
 */
final class FleetReplay {

    /** The bundled data set, read at test time: a regenerated file is replayed as it is. */
    static final Path BUNDLED = Path.of("data", "fleet.csv.gz");
    static final Path BUNDLED_TRUTH = Path.of("data", "fleet.ground-truth.csv");

    /** One step of an alert's history as the engine recorded it, with the index of the machine's reading. */
    record Step(Alert alert, AlertRule rule, AlertTransition.Kind kind, Severity severity, double value, String message,
                LocalDateTime at, long reading) {
    }

    /** Everything the replay produced. */
    record Result(List<Step> steps, List<Alert> alerts, Map<Long, AlertRule> rules, long readings) {

        /** Alerts raised per rule metric (an alert is one episode: raise to clear). */
        Map<String, Integer> episodesByMetric() {
            Map<String, Integer> counts = new TreeMap<>();
            rules.values().forEach(r -> counts.put(r.getMetric(), 0));
            alerts.forEach(a -> counts.merge(a.getType(), 1, Integer::sum));
            return counts;
        }

        /** Alerts cleared by the rules at most {@code readings} readings of their machine after they were raised. */
        Map<String, Integer> clearedWithin(int readings) {
            Map<String, Integer> counts = new TreeMap<>();
            rules.values().forEach(r -> counts.put(r.getMetric(), 0));
            Map<Alert, Long> raisedAt = new HashMap<>();
            for (Step step : steps) {
                if (step.kind() == AlertTransition.Kind.RAISED) {
                    raisedAt.put(step.alert(), step.reading());
                } else if (step.kind() == AlertTransition.Kind.CLEARED && step.reading() - raisedAt.get(step.alert()) <= readings) {
                    counts.merge(step.alert().getType(), 1, Integer::sum);
                }
            }
            return counts;
        }
    }

    private FleetReplay() {
    }

    /** The data set to replay: the bundled one, found from the module's directory or a parent. */
    static Path bundled() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(BUNDLED))) {
                return dir.resolve(BUNDLED);
            }
        }
        throw new IllegalStateException("no " + BUNDLED + " here or above " + Path.of("").toAbsolutePath());
    }

    /** The rules the migrations ship, as a fresh database has them. */
    static List<AlertRule> shippedRules() {
        List<AlertRule> shipped = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:replay" + System.nanoTime())) {
            new Migrator(connection).apply(SchemaMigrations.MIGRATIONS, SchemaMigrations::load);
            ResultSet rows = connection.createStatement().executeQuery("SELECT id, metric, comparison, warning_threshold,"
                    + " critical_threshold, consecutive_count, hysteresis, description, enabled"
                    + " FROM alert_rules ORDER BY id");
            while (rows.next()) {
                AlertRule rule = new AlertRule(rows.getString(2), Comparison.valueOf(rows.getString(3)), rows.getDouble(4),
                        rows.getDouble(5), rows.getInt(6), rows.getDouble(7), null, rows.getString(8));
                set(rule, "id", rows.getLong(1));
                set(rule, "enabled", rows.getBoolean(9));
                shipped.add(rule);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return shipped;
    }

    /** Replays {@code data} through the rules; readings the source rejects are skipped, as the live replay does. */
    static Result replay(Path data, List<AlertRule> rules) {
        RecordingStore store = new RecordingStore();
        AlertEngine engine = new AlertEngine();
        engine.store = store;
        Map<Integer, MachineAnalytics> analytics = new HashMap<>();
        Map<Integer, Long> readingsOf = new HashMap<>();
        long count = 0;
        try (ReplaySource source = ReplaySource.open(data.toString())) {
            for (Optional<ReplayRow> row = source.next(); row.isPresent(); row = source.next()) {
                if (!row.get().accepted()) {
                    continue;
                }
                Reading reading = row.get().reading();
                Indicators indicators = analytics.computeIfAbsent(reading.machineId(), id -> new MachineAnalytics())
                        .assess(reading);
                store.reading = readingsOf.merge(reading.machineId(), 1L, Long::sum);
                engine.evaluate(reading, indicators, rules);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Long, AlertRule> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.getId(), r));
        store.steps.replaceAll(s -> new Step(s.alert(), byId.get(s.alert().getRuleId()), s.kind(), s.severity(), s.value(),
                s.message(), s.at(), s.reading()));
        return new Result(store.steps, store.alerts, byId, count);
    }

    static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the alerts and their history in lists; the open ones by key, as the database's unique key would. */
    static final class RecordingStore extends AlertStore {
        final List<Alert> alerts = new ArrayList<>();
        final List<Step> steps = new ArrayList<>();
        final Map<String, Alert> open = new HashMap<>();
        long reading;

        @Override
        public Alert raise(int machineId, AlertRule rule, Severity severity, double value, LocalDateTime at,
                           String explanation) {
            Alert alert = new Alert(machineId, rule, severity, value, at, explanation);
            set(alert, "id", (long) alerts.size() + 1);
            alerts.add(alert);
            open.put(Alert.openKey(machineId, rule.getId()), alert);
            record(alert, AlertTransition.Kind.RAISED, "system", at);
            return alert;
        }

        @Override
        public Alert open(Long id) {
            Alert alert = id == null ? null : alerts.get((int) (id - 1));
            return alert != null && alert.isOpen() ? alert : null;
        }

        @Override
        public Alert openWithKey(String openKey) {
            Alert alert = open.get(openKey);
            return alert != null && alert.isOpen() ? alert : null;
        }

        @Override
        public List<Alert> allOpen() {
            return alerts.stream().filter(Alert::isOpen).toList();
        }

        @Override
        public void record(Alert alert, AlertTransition.Kind kind, String actor, LocalDateTime at) {
            steps.add(new Step(alert, null, kind, alert.getSeverity(), alert.getValue(), alert.getMessage(), at, reading));
        }
    }
}
