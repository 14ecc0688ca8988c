package io.cnctwin.simulation.control;

import io.cnctwin.reading.entity.OperationMode;

/** Error rate, defect rate, throughput and maintenance need from the physical state (noise-free parts). */
final class ProcessQuality {

    /** Above this housing temperature thermal growth of the spindle starts to spoil tolerances. */
    static final double COMFORT_LIMIT_C = 65;
    static final double ERRORS_PER_KELVIN = 0.35;
    static final double ERRORS_AT_WORN_TOOL = 3.0;
    static final double ERRORS_PER_LOSS_PCT = 0.5;
    static final double LATENCY_TOLERANCE_MS = 15;
    static final double ERRORS_PER_LATE_MS = 0.05;
    static final double ERRORS_OF_BROKEN_TOOL = 9;
    static final double SPEED_LOSS_PER_ERROR_PCT = 0.045;

    private ProcessQuality() {
    }

    static double errorRatePct(OperationMode mode, double trueTemperatureC, double wear,
                               double latencyMs, double lossPct, boolean toolBroken) {
        double base = switch (mode) {
            case ACTIVE -> 0.6 + ERRORS_AT_WORN_TOOL * wear * wear;
            case IDLE -> 0.3;
            case MAINTENANCE -> 0.1;
        };
        double thermal = ERRORS_PER_KELVIN * Math.max(0, trueTemperatureC - COMFORT_LIMIT_C);
        // lost or late packets make the controller retry and drop DNC blocks
        double network = ERRORS_PER_LOSS_PCT * lossPct + ERRORS_PER_LATE_MS * Math.max(0, latencyMs - LATENCY_TOLERANCE_MS);
        return base + thermal + network + (toolBroken ? ERRORS_OF_BROKEN_TOOL : 0);
    }

    /** The QC defect rate the current conditions lead to; the reported rate follows it over a few parts. */
    static double defectTargetPct(OperationMode mode, double trueTemperatureC, double wear,
                                  double vibrationHz, boolean toolBroken) {
        if (mode != OperationMode.ACTIVE) {
            return 0.2;
        }
        return 0.4 + 0.12 * Math.max(0, trueTemperatureC - 60) + 4 * wear * wear
                + 0.6 * Math.max(0, vibrationHz - 2.5) + (toolBroken ? 6 : 0);
    }

    /** Units per hour the machine would reach now; every error costs a retry, so throughput falls with errors. */
    static double speedTarget(OperationMode mode, double nominalSpeed, double load, double errorRatePct) {
        if (mode != OperationMode.ACTIVE) {
            return 0;
        }
        return nominalSpeed * (0.75 + 0.3 * load) * (1 - SPEED_LOSS_PER_ERROR_PCT * errorRatePct);
    }

    /**
     * Need for maintenance, 0 = none, 1 = stop now: a saturating sum of wear, heat, vibration and errors, as the
     * machine's controller sees them (it reads the temperature sensor, so a drifting sensor fools it too).
     */
    static double maintenanceScore(double wear, double measuredTemperatureC, double vibrationHz, double errorRatePct) {
        double stress = 2.2 * wear * wear
                + 0.08 * Math.max(0, measuredTemperatureC - COMFORT_LIMIT_C)
                + 0.6 * Math.max(0, vibrationHz - 2.5)
                + 0.05 * errorRatePct;
        return 1 - Math.exp(-stress);
    }
}
