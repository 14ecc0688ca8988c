package io.cnctwin.simulation.control;

/** How the faults active at one instant bend one machine's physical parameters; neutral when none is active. */
final class FaultEffect {

    double coolingResistanceFactor = 1;
    double tauFactor = 1;
    double coolantRiseC = 0;
    double minutesToBreakage = Double.POSITIVE_INFINITY;
    boolean toolBroken;
    double powerStepKw = 0;
    double spindlePowerFactor = 1;
    double sensorDriftC = 0;
    boolean holdsActive;

    boolean acceleratesWear() {
        return Double.isFinite(minutesToBreakage);
    }
}
