package io.cnctwin.simulation.control;

import io.cnctwin.simulation.entity.FailureKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Failure hazards (per hour) of one machine's state, and the exponential clock that turns them into failures:
 * a failure happens when the integrated hazard passes an Exp(1) threshold drawn at the last repair, which is the
 * exact law of a time-varying Poisson process and gives the same distribution at any sampling step.
 * Equations and constants with their reasons: data/README.md, "Failures".
 */
final class FailureHazard {

    /** Tool breakage: LAMBDA x exp(STEEPNESS (w - 0.75)) per hour while cutting; 0.75 is the planned change point. */
    static final double TOOL_PER_HOUR = 0.015;
    static final double TOOL_STEEPNESS = 16;
    /** Bearing seizure: per hour while the spindle turns, at damage 1. */
    static final double BEARING_PER_HOUR = 0.3;
    static final double BEARING_STEEPNESS = 30;
    /** Cooling failure: per hour while the coolant runs, at fouling 1. */
    static final double COOLING_PER_HOUR = 0.3;
    static final double COOLING_STEEPNESS = 40;
    /** Drive fault: per hour while cutting, x exp(gain x overload hours of the last ~4 h). */
    static final double DRIVE_PER_HOUR = 0.0001;
    static final double DRIVE_GAIN_PER_OVERLOAD_HOUR = 2.2;
    /** Failures without a precursor (a defective part, an operator's crash): constant while the machine runs. */
    static final double RANDOM_PER_HOUR = 0.0003;

    /** The hazards with a precursor, per hour, by kind. */
    static Map<FailureKind, Double> hazards(boolean spindleTurning, boolean cutting, double wear, Degradation state) {
        Map<FailureKind, Double> hazards = new EnumMap<>(FailureKind.class);
        hazards.put(FailureKind.TOOL_BREAKAGE, cutting ? TOOL_PER_HOUR * Math.exp(TOOL_STEEPNESS * (wear - 0.75)) : 0);
        hazards.put(FailureKind.SPINDLE_BEARING,
                spindleTurning ? BEARING_PER_HOUR * Math.exp(BEARING_STEEPNESS * (state.bearing() - 1)) : 0);
        hazards.put(FailureKind.COOLING_FAILURE,
                spindleTurning ? COOLING_PER_HOUR * Math.exp(COOLING_STEEPNESS * (state.fouling() - 1)) : 0);
        hazards.put(FailureKind.DRIVE_FAULT, cutting
                ? DRIVE_PER_HOUR * Math.exp(DRIVE_GAIN_PER_OVERLOAD_HOUR * state.overloadMinutes() / 60) : 0);
        return hazards;
    }

    static double randomHazard(boolean spindleTurning) {
        return spindleTurning ? RANDOM_PER_HOUR : 0;
    }

    private FailureHazard() {
    }
}
