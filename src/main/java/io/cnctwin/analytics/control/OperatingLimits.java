package io.cnctwin.analytics.control;

/**
 * The operating limits of a CNC milling machine, one {@link Limit} (nominal, warning, critical) per metric.
 * All limits are "higher is worse"; low speed is an efficiency matter, not a risk.
 */
public record OperatingLimits(
        Limit temperatureC,
        Limit vibrationHz,
        Limit powerKw,
        Limit latencyMs,
        Limit packetLossPct,
        Limit defectRatePct,
        Limit errorRatePct,
        Limit maintenanceScore) {

    /**
     * Default limits for a mid-size vertical milling centre, within the data set's ranges:
     * <ul>
     * <li>temperature 45 / 75 / 85 °C: spindle and drive housings run warm near 45 °C; above about 75 °C bearing
     * grease ages fast and thermal growth costs dimensional accuracy; 85 °C is where drives start to derate.</li>
     * <li>vibration 1.0 / 3.5 / 4.5 (the data set's Vibration_Hz, 0.1..5, read as a severity indicator):
     * warning at the top 30 % of the scale, critical in the top 10 %, where chatter and bearing damage set in.</li>
     * <li>power 6.0 / 9.0 / 9.7 kW: a 10 kW rated spindle drive; sustained draw above 90 % of rating means
     * overload (dull tool, heavy cut) and 97 % is close to the drive's overload trip.</li>
     * <li>latency 10 / 30 / 45 ms and packet loss 0.5 / 2 / 4 %: the monitoring and DNC link; beyond 30 ms or 2 %
     * data arrives late or incomplete, beyond 45 ms or 4 % the link is practically congested.</li>
     * <li>defect rate 1 / 5 / 8 % and error rate 1 / 5 / 10 %: 5 % errors is where the data set's own efficiency
     * label drops to Low; 8 % scrap or 10 % errors make the machine's output uneconomic.</li>
     * <li>maintenance score 0.2 / 0.7 / 0.9 (0..1, higher = maintenance more urgent).</li>
     * </ul>
     */
    public static OperatingLimits defaults() {
        return new OperatingLimits(
                new Limit(45, 75, 85),
                new Limit(1.0, 3.5, 4.5),
                new Limit(6.0, 9.0, 9.7),
                new Limit(10, 30, 45),
                new Limit(0.5, 2, 4),
                new Limit(1, 5, 8),
                new Limit(1, 5, 10),
                new Limit(0.2, 0.7, 0.9));
    }

    /** The limit of one metric. */
    public Limit of(Metric metric) {
        return switch (metric) {
            case TEMPERATURE -> temperatureC;
            case VIBRATION -> vibrationHz;
            case POWER -> powerKw;
            case LATENCY -> latencyMs;
            case PACKET_LOSS -> packetLossPct;
            case DEFECT_RATE -> defectRatePct;
            case ERROR_RATE -> errorRatePct;
            case MAINTENANCE_SCORE -> maintenanceScore;
        };
    }
}
