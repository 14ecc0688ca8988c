package io.cnctwin.simulation.entity;

import java.time.Duration;

/**
 * Failures that stop a machine until it is repaired, each driven by its own hidden degradation (see data/README.md).
 * Unlike a {@link FaultKind} episode, a failure is drawn from a hazard of the machine's state, not planned.
 */
public enum FailureKind {
    /** The cutting edge breaks; hazard grows steeply with tool wear. Repair: tool change and inspection. */
    TOOL_BREAKAGE(30, 90),
    /** The spindle bearing seizes; hazard grows with bearing damage, which shows as vibration growth. */
    SPINDLE_BEARING(480, 960),
    /** The coolant circuit fails; hazard grows with fouling, which shows as a warmer housing at the same power. */
    COOLING_FAILURE(120, 300),
    /** The spindle drive trips for good; hazard grows with recent overload time. */
    DRIVE_FAULT(180, 480);

    private final int minRepairMinutes;
    private final int maxRepairMinutes;

    FailureKind(int minRepairMinutes, int maxRepairMinutes) {
        this.minRepairMinutes = minRepairMinutes;
        this.maxRepairMinutes = maxRepairMinutes;
    }

    /** Repair time for a uniform draw u in [0, 1): from the shortest to the longest typical repair. */
    public Duration repairTime(double u) {
        return Duration.ofMinutes(Math.round(minRepairMinutes + u * (maxRepairMinutes - minRepairMinutes)));
    }
}
