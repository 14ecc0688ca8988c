package io.cnctwin.simulation.boundary;

import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.control.FaultPlanner;
import io.cnctwin.simulation.control.FleetModel;
import io.cnctwin.simulation.control.PendingFaults;
import io.cnctwin.simulation.entity.FailureEvent;
import io.cnctwin.simulation.entity.FaultRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a fleet in memory exactly as {@link FleetGenerator} writes it (same planner, same order of calls), handing
 * every step's readings to a consumer: what the failure model's fit and evaluation use instead of files.
 */
public final class FleetSimulation {

    private FleetSimulation() {
    }

    /** Steps machines 1..machines from start for days at interval; returns the model (ground truth, failures). */
    public static FleetModel run(int machines, double days, Duration interval, long seed, double faultRate,
                                 LocalDateTime start, Consumer<List<Reading>> step) {
        LocalDateTime end = start.plusSeconds(Math.round(days * 86_400));
        FleetModel fleet = new FleetModel(machines, seed, start.minus(interval));
        List<FaultRequest> planned = new FaultPlanner(seed).plan(machines, start, end, faultRate);
        PendingFaults faults = new PendingFaults(planned, end);
        for (LocalDateTime at = start; at.isBefore(end); at = at.plus(interval)) {
            faults.dueAt(at).forEach(fleet::inject);
            List<Reading> readings = fleet.next(at);
            faults.observe(readings);
            step.accept(readings);
        }
        return fleet;
    }

    /** What a run leaves for fitting a failure model: the failures and the last instant stepped. */
    public record Outcome(List<FailureEvent> failures, LocalDateTime lastStep) {
    }

    /** {@link #run}, keeping only its {@link Outcome}. */
    public static Outcome outcome(int machines, double days, Duration interval, long seed, double faultRate,
                                  LocalDateTime start, Consumer<List<Reading>> step) {
        FleetModel fleet = run(machines, days, interval, seed, faultRate, start, step);
        return new Outcome(fleet.failures(), fleet.lastStep());
    }

    /** {@code x/fleet.ground-truth.csv} -> {@code x/fleet.failures.csv}: where the failures lie beside a ground truth. */
    public static Path failuresPath(Path groundTruth) {
        String name = groundTruth.getFileName().toString();
        String base = name.endsWith(".ground-truth.csv") ? name.substring(0, name.length() - ".ground-truth.csv".length())
                : name.replaceFirst("\\.csv$", "");
        return groundTruth.resolveSibling(base + ".failures.csv");
    }
}
