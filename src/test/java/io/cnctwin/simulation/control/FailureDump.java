package io.cnctwin.simulation.control;

import io.cnctwin.analytics.control.*;
import io.cnctwin.analytics.entity.FailureLabel;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.simulation.entity.FaultRequest;
import io.cnctwin.simulation.entity.FailureKind;
import java.io.*;
import java.lang.reflect.Field;
import java.time.*;
import java.util.*;

/** Diagnostic (development only): dumps rows with readings, features, labels and hidden state of one fleet. */
public final class FailureDump {
    public static void main(String[] a) throws Exception {
        int machines = Integer.parseInt(a[0]); double days = Double.parseDouble(a[1]);
        Duration interval = Duration.parse(a[2]); long seed = Long.parseLong(a[3]);
        LocalDateTime start = LocalDateTime.parse("2025-01-06T00:00");
        LocalDateTime end = start.plusSeconds(Math.round(days * 86_400));
        FleetModel fleet = new FleetModel(machines, seed, start.minus(interval));
        List<FaultRequest> planned = new FaultPlanner(seed).plan(machines, start, end, 0.5);
        PendingFaults faults = new PendingFaults(planned, end);
        Field mf = FleetModel.class.getDeclaredField("machines"); mf.setAccessible(true);
        Field df = CncMachine.class.getDeclaredField("degradation"); df.setAccessible(true);
        Field lm = CncMachine.class.getDeclaredField("lastMode"); lm.setAccessible(true);
        List<?> ms = (List<?>) mf.get(fleet);
        Map<Integer, FailureFeatures> features = new HashMap<>();
        List<Reading> kept = new ArrayList<>(); List<double[]> vals = new ArrayList<>(); List<double[]> hidden = new ArrayList<>();
        for (LocalDateTime at = start; at.isBefore(end); at = at.plus(interval)) {
            faults.dueAt(at).forEach(fleet::inject);
            List<Reading> readings = fleet.next(at);
            faults.observe(readings);
            for (Reading r : readings) {
                CncMachine cm = (CncMachine) ms.get(r.machineId() - 1);
                Degradation d = (Degradation) df.get(cm);
                FailureFeatures f = features.computeIfAbsent(r.machineId(), id -> new FailureFeatures());
                if (f.update(r)) {
                    kept.add(r); vals.add(f.values());
                    OperationMode mode = (OperationMode) lm.get(cm);
                    Map<FailureKind, Double> hz = FailureHazard.hazards(true, true, cm.toolWear(), d);
                    hidden.add(new double[] {d.bearing(), d.fouling(), cm.toolWear(), d.overloadMinutes(),
                        hz.get(FailureKind.TOOL_BREAKAGE), hz.get(FailureKind.SPINDLE_BEARING), hz.get(FailureKind.COOLING_FAILURE),
                        hz.get(FailureKind.DRIVE_FAULT)});
                }
            }
        }
        List<FailureLabel> failures = fleet.failures().stream()
                .map(e -> new FailureLabel(e.machineId(), e.kind().name(), e.at(), e.repaired())).toList();
        FailureLabels labels = new FailureLabels(failures, fleet.lastStep());
        try (PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter(a[4])))) {
            out.println("machine,minute,mode,T,V,P," + String.join(",", FailureFeatures.NAMES)
                    + ",y24,y4,b,c,w,O,hT,hB,hC,hD,kind24,kind4");
            for (int i = 0; i < kept.size(); i++) {
                Reading r = kept.get(i);
                if (labels.down(r.machineId(), r.timestamp())) continue;
                Integer y24 = labels.failsWithin(r.machineId(), r.timestamp(), 24);
                Integer y4 = labels.failsWithin(r.machineId(), r.timestamp(), 4);
                String kind = "-", kind24 = "-";
                for (var e : fleet.failures()) if (e.machineId() == r.machineId() && e.at().isAfter(r.timestamp())) {
                    if (!e.at().isAfter(r.timestamp().plusHours(24)) && y24 != null && y24 == 1) kind24 = e.kind().name();
                    if (!e.at().isAfter(r.timestamp().plusHours(4)) && y4 != null && y4 == 1) kind = e.kind().name();
                    break;
                }
                StringBuilder sb = new StringBuilder();
                sb.append(r.machineId()).append(',').append(Duration.between(start, r.timestamp()).toMinutes()).append(',')
                  .append(r.mode().ordinal()).append(',').append(r.temperatureC()).append(',').append(r.vibrationHz()).append(',').append(r.powerKw());
                for (double v : vals.get(i)) sb.append(',').append((float) v);
                sb.append(',').append(y24 == null ? -1 : y24).append(',').append(y4 == null ? -1 : y4);
                for (double v : hidden.get(i)) sb.append(',').append((float) v);
                sb.append(',').append(kind24).append(',').append(kind);
                out.println(sb);
            }
        }
        System.out.println("seed " + seed + " " + interval + ": " + failures.size() + " failures, " + kept.size() + " rows");
    }
}
