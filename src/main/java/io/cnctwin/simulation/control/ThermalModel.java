package io.cnctwin.simulation.control;

/**
 * First-order thermal model of the spindle housing: dT/dt = (Tss - T) / tau with Tss = ambient + R * heat.
 * Stepped with the exact solution for a constant input over the step, so any step length is stable and exact.
 */
public final class ThermalModel {

    private double temperatureC;

    public ThermalModel(double initialC) {
        this.temperatureC = initialC;
    }

    /** Temperature the housing settles at when the heat input and the cooling stay constant. */
    public static double steadyStateC(double ambientC, double heatKw, double resistanceKPerKw) {
        return ambientC + resistanceKPerKw * heatKw;
    }

    public double step(double steadyStateC, double tauMinutes, double dtMinutes) {
        temperatureC += (steadyStateC - temperatureC) * (1 - Math.exp(-dtMinutes / tauMinutes));
        return temperatureC;
    }

    public double temperatureC() {
        return temperatureC;
    }
}
