package io.cnctwin.alert.boundary;

import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.AlertState;
import io.cnctwin.alert.entity.AlertTransition;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.platform.control.TestSchema;
import io.cnctwin.reading.boundary.ReplaySource;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReplayRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
        try (Connection connection = TestSchema.h2("replay")) {
            ResultSet rows = connection.createStatement().executeQuery("SELECT id, metric, comparison, warning_threshold,"
                    + " critical_threshold, consecutive_count, hysteresis, description, enabled, raise_after_minutes,"
                    + " clear_after_minutes FROM alert_rules ORDER BY id");
            while (rows.next()) {
                AlertRule rule = new AlertRule(rows.getString(2), Comparison.valueOf(rows.getString(3)), rows.getDouble(4),
                        rows.getDouble(5), rows.getInt(6), rows.getDouble(7), null, rows.getString(8));
                set(rule, "id", rows.getLong(1));
                set(rule, "enabled", rows.getBoolean(9));
                set(rule, "raiseAfterMinutes", (Double) rows.getObject(10, Double.class));
                set(rule, "clearAfterMinutes", (Double) rows.getObject(11, Double.class));
                shipped.add(rule);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return shipped;
    }

    /**
     * One engine to replay: its rules and fleet default holds (minutes), and after how many readings of its machine an
     * operator acknowledges each alert still open (0: never), as {@link AlertLifecycle#acknowledge} does.
     */
    record Setup(List<AlertRule> rules, double raiseAfterMinutes, double clearAfterMinutes, int acknowledgeAfter) {
    }

    /** The shipped rules with the engine's fleet defaults; each alert acknowledged two readings after its raise. */
    static Setup shipped() {
        return new Setup(shippedRules(), AlertEngine.DEFAULT_RAISE_AFTER_MINUTES, AlertEngine.DEFAULT_CLEAR_AFTER_MINUTES, 2);
    }

    /** As before the holds: the shipped rules' thresholds and counts, nothing held in time, no acknowledgement. */
    static Setup withoutHolds() {
        List<AlertRule> rules = shippedRules();
        rules.forEach(r -> {
            set(r, "raiseAfterMinutes", null);
            set(r, "clearAfterMinutes", null);
        });
        return new Setup(rules, 0, 0, 0);
    }

    /**
     * Replays {@code data} through each setup's engine in one pass (one analytics per machine, shared); readings the
     * source rejects are skipped, as the live replay does.
     */
    static List<Result> replay(Path data, List<Setup> setups) {
        List<RecordingStore> stores = new ArrayList<>();
        List<AlertEngine> engines = new ArrayList<>();
        for (Setup setup : setups) {
            RecordingStore store = new RecordingStore();
            AlertEngine engine = new AlertEngine();
            engine.store = store;
            engine.raiseAfterMinutes = setup.raiseAfterMinutes();
            engine.clearAfterMinutes = setup.clearAfterMinutes();
            stores.add(store);
            engines.add(engine);
        }
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
                long index = readingsOf.merge(reading.machineId(), 1L, Long::sum);
                for (int i = 0; i < setups.size(); i++) {
                    RecordingStore store = stores.get(i);
                    store.reading = index;
                    engines.get(i).evaluate(reading, indicators, setups.get(i).rules());
                    store.acknowledge(reading, setups.get(i).acknowledgeAfter());
                }
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < setups.size(); i++) {
            Map<Long, AlertRule> byId = new LinkedHashMap<>();
            setups.get(i).rules().forEach(r -> byId.put(r.getId(), r));
            List<Step> steps = new ArrayList<>(stores.get(i).steps);
            steps.replaceAll(s -> new Step(s.alert(), byId.get(s.alert().getRuleId()), s.kind(), s.severity(), s.value(),
                    s.message(), s.at(), s.reading()));
            results.add(new Result(steps, stores.get(i).alerts, byId, count));
        }
        return results;
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
        final Map<Alert, Long> raisedAt = new HashMap<>();
        long reading;

        /** An operator acknowledges this machine's active alerts raised {@code after} readings ago (0: never). */
        void acknowledge(Reading at, int after) {
            if (after <= 0) {
                return;
            }
            for (Alert alert : open.values()) {
                if (alert.getMachineId() == at.machineId() && alert.getState() == io.cnctwin.alert.entity.AlertState.ACTIVE
                        && reading - raisedAt.get(alert) >= after) {
                    alert.acknowledge("operator", "checked on the machine", at.timestamp());
                    record(alert, AlertTransition.Kind.ACKNOWLEDGED, "operator", at.timestamp());
                }
            }
        }

        @Override
        public Alert raise(int machineId, AlertRule rule, Severity severity, double value, LocalDateTime at,
                           String explanation) {
            Alert alert = new Alert(machineId, rule, severity, value, at, explanation);
            set(alert, "id", (long) alerts.size() + 1);
            alerts.add(alert);
            open.put(Alert.openKey(machineId, rule.getId()), alert);
            raisedAt.put(alert, reading);
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
            steps.add(new Step(alert, null, kind, alert.getSeverity(), alert.getEventValue(), alert.getEventMessage(), at, reading));
            if (kind == AlertTransition.Kind.CLEARED) {
                open.values().remove(alert);
            }
        }
    }
}
