package io.cnctwin.simulation.control;

import io.cnctwin.reading.entity.OperationMode;
import java.util.random.RandomGenerator;

/**
 * Which mode the machine is in and for how long: a semi-Markov chain Active -> (Idle | Maintenance) -> Active.
 * With the means below the long-run shares are Active 70 %, Idle 20 %, Maintenance 10 %:
 * per cycle Active 180 min, Idle 0.6 x 86 = 51.6 min, Maintenance 0.4 x 64 = 25.6 min.
 */
final class ModeSchedule {

    static final double ACTIVE_MEAN_MINUTES = 180;
    static final double IDLE_MEAN_MINUTES = 86;
    static final double MAINTENANCE_MEAN_MINUTES = 64;
    static final double MAINTENANCE_AFTER_ACTIVE = 0.4;

    private final RandomGenerator random;
    private OperationMode mode;
    private double remainingMinutes;

    ModeSchedule(RandomGenerator random) {
        this.random = random;
        double pick = random.nextDouble();
        this.mode = pick < 0.7 ? OperationMode.ACTIVE : pick < 0.9 ? OperationMode.IDLE : OperationMode.MAINTENANCE;
        // start somewhere inside a stretch so the fleet is not in lock-step
        this.remainingMinutes = random.nextDouble() * stretchMinutes(mode);
    }

    OperationMode advance(double dtMinutes, boolean holdActive) {
        if (holdActive) {
            if (mode != OperationMode.ACTIVE) {
                mode = OperationMode.ACTIVE;
                remainingMinutes = 0.3 * stretchMinutes(mode);
            }
            return mode;
        }
        remainingMinutes -= dtMinutes;
        while (remainingMinutes <= 0) {
            mode = following(mode);
            remainingMinutes += stretchMinutes(mode);
        }
        return mode;
    }

    OperationMode startMaintenance() {
        mode = OperationMode.MAINTENANCE;
        remainingMinutes = stretchMinutes(mode);
        return mode;
    }

    /** A repair: Maintenance for exactly {@code minutes}, then the usual cycle goes on with Active. */
    OperationMode startRepair(double minutes) {
        mode = OperationMode.MAINTENANCE;
        remainingMinutes = minutes;
        return mode;
    }

    OperationMode mode() {
        return mode;
    }

    private OperationMode following(OperationMode current) {
        if (current != OperationMode.ACTIVE) {
            return OperationMode.ACTIVE;
        }
        return random.nextDouble() < MAINTENANCE_AFTER_ACTIVE ? OperationMode.MAINTENANCE : OperationMode.IDLE;
    }

    // at least 40 % of the mean, exponential above: shifts are planned, but their ends are not
    private double stretchMinutes(OperationMode of) {
        double mean = switch (of) {
            case ACTIVE -> ACTIVE_MEAN_MINUTES;
            case IDLE -> IDLE_MEAN_MINUTES;
            case MAINTENANCE -> MAINTENANCE_MEAN_MINUTES;
        };
        return mean * (0.4 - 0.6 * Math.log(1 - random.nextDouble()));
    }
}
