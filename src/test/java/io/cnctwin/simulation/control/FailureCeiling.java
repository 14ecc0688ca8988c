package io.cnctwin.simulation.control;

import io.cnctwin.analytics.control.*;
import io.cnctwin.analytics.entity.FailureLabel;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.FaultRequest;
import java.lang.reflect.Field;
import java.time.*;
import java.util.*;

/**
 * Diagnostic, not a test: the ceiling of P(failure within H). Scores, on the rows FitFailureModel evaluates, the shipped
 * model (or a candidate file), an "oracle" 1 - exp(-H x the true hazard averaged over the last 4 h) and a "clairvoyant"
 * 1 - exp(-the true hazard integrated over the next H hours), reading the simulation's hidden integrated hazard by
 * reflection. See docs/failure-prediction.md, "The ceiling".
 * <pre>java -cp target/classes:target/test-classes io.cnctwin.simulation.control.FailureCeiling 50 10 PT2M 42 [model]</pre>
 */
public final class FailureCeiling {
    public static void main(String[] a) throws Exception {
        int machines = Integer.parseInt(a[0]); double days = Double.parseDouble(a[1]);
        Duration interval = Duration.parse(a[2]); long seed = Long.parseLong(a[3]);
        LocalDateTime start = LocalDateTime.parse("2025-01-06T00:00");
        LocalDateTime end = start.plusSeconds(Math.round(days * 86_400));
        FleetModel fleet = new FleetModel(machines, seed, start.minus(interval));
        List<FaultRequest> planned = new FaultPlanner(seed).plan(machines, start, end, 0.5);
        PendingFaults faults = new PendingFaults(planned, end);
        Field mf = FleetModel.class.getDeclaredField("machines"); mf.setAccessible(true);
        Field ih = CncMachine.class.getDeclaredField("integratedHazard"); ih.setAccessible(true);
        Field th = CncMachine.class.getDeclaredField("failureThreshold"); th.setAccessible(true);
        List<?> ms = (List<?>) mf.get(fleet);
        int steps = (int) (Duration.between(start, end).toSeconds() / interval.toSeconds());
        double[][] cum = new double[machines + 1][steps + 1];
        double[] lastL = new double[machines + 1], lastT = new double[machines + 1];
        for (int m = 1; m <= machines; m++) { lastT[m] = th.getDouble(ms.get(m - 1)); }
        Map<Integer, FailureFeatures> features = new HashMap<>();
        List<Reading> kept = new ArrayList<>(); List<double[]> vals = new ArrayList<>(); List<Integer> idx = new ArrayList<>();
        int s = 0;
        for (LocalDateTime at = start; at.isBefore(end); at = at.plus(interval), s++) {
            faults.dueAt(at).forEach(fleet::inject);
            List<Reading> readings = fleet.next(at);
            faults.observe(readings);
            for (int m = 1; m <= machines; m++) {
                Object cm = ms.get(m - 1);
                double l = ih.getDouble(cm), t = th.getDouble(cm);
                double inc = t != lastT[m] ? (lastT[m] - lastL[m]) + l : l - lastL[m];
                cum[m][s + 1] = cum[m][s] + Math.max(inc, 0);
                lastL[m] = l; lastT[m] = t;
            }
            for (Reading r : readings) {
                FailureFeatures f = features.computeIfAbsent(r.machineId(), id -> new FailureFeatures());
                if (f.update(r)) { kept.add(r); vals.add(f.values()); idx.add(s + 1); }
            }
        }
        List<FailureLabel> failures = fleet.failures().stream()
                .map(e -> new FailureLabel(e.machineId(), e.kind().name(), e.at(), e.repaired())).toList();
        long noPre = fleet.failures().stream().filter(e -> !e.precursor()).count();
        Map<String, Long> kinds = new TreeMap<>();
        fleet.failures().forEach(e -> kinds.merge(e.kind() + (e.precursor() ? "" : "(no precursor)"), 1L, Long::sum));
        System.out.printf("seed %d %s: %d failures, %d without precursor, %s%n", seed, interval, failures.size(), noPre, kinds);
        FailureLabels labels = new FailureLabels(failures, fleet.lastStep());
        FailureProbabilityModel model = a.length > 4 ? FailureProbabilityModel.load(java.nio.file.Path.of(a[4])) : FailureProbabilityModel.shipped();
        int perHour = (int) (60 / interval.toMinutes());
        for (int h = 0; h < 2; h++) {
            int H = FailureProbabilityModel.HORIZONS[h];
            FailureScore path = new FailureScore(), now = new FailureScore(), mdl = new FailureScore();
            for (int i = 0; i < kept.size(); i++) {
                Reading r = kept.get(i);
                if (labels.down(r.machineId(), r.timestamp())) continue;
                Integer y = labels.failsWithin(r.machineId(), r.timestamp(), H);
                if (y == null) continue;
                int k = idx.get(i); int m = r.machineId();
                double[] c = cum[m];
                double future = c[Math.min(k + H * perHour, steps)] - c[k];
                double rate = (c[k] - c[Math.max(0, k - 4 * perHour)]) / (Math.min(k, 4 * perHour) / (double) perHour);
                path.add(1 - Math.exp(-future), y == 1);
                now.add(1 - Math.exp(-rate * H), y == 1);
                mdl.add(model.predict(h, vals.get(i)).probability(), y == 1);
            }
            System.out.printf("seed %d %s %d h: model %s%n   oracle (hazard of the last 4 h x H) %s%n   clairvoyant (realised future hazard) %s%n",
                    seed, interval, H, mdl.line(), now.line(), path.line());
        }
    }
}
