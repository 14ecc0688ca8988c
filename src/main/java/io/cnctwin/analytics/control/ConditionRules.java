package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.reading.entity.Reading;
import java.util.ArrayList;
import java.util.List;

/**
 * Which fault conditions one machine's reading shows, each explained: {@link TemperatureAnomaly} (OVERHEAT or
 * SENSOR_DRIFT), {@link PowerStepDetector} (POWER_SPIKE, POWER_DROP), {@link ToolWearDetector} (TOOL_WEAR) and the analytics' congestion alarm (NETWORK_CONGESTION). One instance
 * per machine, owned by its {@link MachineAnalytics}; uses the readings only, never labels. O(1) per reading.
 */
public class ConditionRules {

    private final OperatingLimits limits;
    private final TemperatureAnomaly temperature = new TemperatureAnomaly();
    private final PowerStepDetector power = new PowerStepDetector();
    private final ToolWearDetector tool = new ToolWearDetector();
    /** The congestion alarm holds through readings without a latency; its condition then shows the last one measured. */
    private double lastLatencyMs = Double.NaN;

    public ConditionRules(OperatingLimits limits) {
        this.limits = limits;
    }

    /**
     * The conditions this reading shows, in {@link FaultCondition} order: OVERHEAT / SENSOR_DRIFT, the temperature
     * anomaly's verdict; TOOL_WEAR, the tool wear detector's verdict; POWER_SPIKE / POWER_DROP, a confirmed power step; NETWORK_CONGESTION,
     * {@code congested} (the analytics' congestion alarm of this reading).
     */
    public List<ActiveCondition> assess(Reading reading, boolean congested) {
        List<ActiveCondition> conditions = new ArrayList<>(2);
        if (!Reading.missing(reading.latencyMs())) {
            lastLatencyMs = reading.latencyMs();
        }
        FaultCondition heat = temperature.update(reading);
        boolean worn = tool.update(reading);
        MovingRangeDetector.Signal step = power.update(reading);
        if (heat == FaultCondition.OVERHEAT) {
            conditions.add(temperatureCondition(heat, reading));
        }
        if (worn) {
            conditions.add(wornToolCondition(reading));
        }
        if (step != MovingRangeDetector.Signal.NONE) {
            conditions.add(powerCondition(step, reading));
        }
        if (congested && !Double.isNaN(lastLatencyMs)) {
            conditions.add(congestionCondition(reading));
        }
        if (heat == FaultCondition.SENSOR_DRIFT) {
            conditions.add(temperatureCondition(heat, reading));
        }
        return conditions;
    }

    private ActiveCondition temperatureCondition(FaultCondition kind, Reading reading) {
        double residual = temperature.residual();
        String cause = kind == FaultCondition.OVERHEAT
                ? "heating like a cooling failure" : "while power does not follow: the sensor is suspect";
        if (temperature.holding()) {
            return new ActiveCondition(kind, "temperature_residual", residual, TemperatureAnomaly.CLEAR_K, "temperature "
                    + d(reading.temperatureC(), 1) + " °C is " + d(residual, 1) + " K from what the power explains, back below "
                    + d(TemperatureAnomaly.CLEAR_K, 0) + " K for less than " + TemperatureAnomaly.CLEAR_AFTER.toMinutes()
                    + " min: the alarm holds until then");
        }
        return new ActiveCondition(kind, "temperature_residual", residual, TemperatureAnomaly.RAISE_K, "temperature "
                + d(reading.temperatureC(), 1) + " °C is " + d(residual, 1) + " K above what the power explains (raised at "
                + d(TemperatureAnomaly.RAISE_K, 0) + " K, clears below " + d(TemperatureAnomaly.CLEAR_K, 0) + " K), rising "
                + d(temperature.riseRate(), 2) + " K/min " + cause);
    }

    private ActiveCondition wornToolCondition(Reading reading) {
        if (tool.holding()) {
            return new ActiveCondition(FaultCondition.TOOL_WEAR, "vibration_level", reading.vibrationHz(),
                    ToolWearDetector.LEVEL_HZ, "vibration " + d(reading.vibrationHz(), 2) + " Hz, neither above "
                            + d(ToolWearDetector.LEVEL_HZ, 2) + " Hz nor rising fast for less than "
                            + ToolWearDetector.CLEAR_AFTER.toMinutes() + " min: the alarm holds until then");
        }
        if (tool.trending()) {
            double perHour = tool.slope() * 60;
            return new ActiveCondition(FaultCondition.TOOL_WEAR, "vibration_trend", perHour,
                    ToolWearDetector.MIN_SLOPE_HZ_PER_MIN * 60, "vibration " + d(reading.vibrationHz(), 2) + " Hz rising "
                            + d(perHour, 2) + " Hz/h at constant load (limit " + d(ToolWearDetector.MIN_SLOPE_HZ_PER_MIN * 60, 2)
                            + " Hz/h over the last " + d(ToolWearDetector.WINDOW_MINUTES, 0) + " cutting minutes): the tool wears fast");
        }
        return new ActiveCondition(FaultCondition.TOOL_WEAR, "vibration_level", tool.levelMean(),
                ToolWearDetector.LEVEL_HZ, "vibration " + d(tool.levelMean(), 2) + " Hz on average over the last "
                        + d(TimeBins.BIN_MINUTES, 0) + " minutes, 5-minute means above " + d(ToolWearDetector.LEVEL_HZ, 2)
                        + " Hz for " + ToolWearDetector.CONFIRM.toMinutes() + " min while cutting (now "
                        + d(reading.vibrationHz(), 2) + " Hz)");
    }

    private ActiveCondition powerCondition(MovingRangeDetector.Signal step, Reading reading) {
        boolean jump = step == MovingRangeDetector.Signal.JUMP;
        double deviation = power.deviation();
        double limit = power.limit();
        FaultCondition kind = jump ? FaultCondition.POWER_SPIKE : FaultCondition.POWER_DROP;
        if (power.holding()) {
            return new ActiveCondition(kind, "power_step", deviation, jump ? PowerStepDetector.CLEAR_KW
                    : -PowerStepDetector.CLEAR_KW, "power " + d(reading.powerKw(), 2) + " kW is " + d(deviation, 2)
                    + " kW from its running level " + d(power.reference(), 2) + " kW, not back within "
                    + d(PowerStepDetector.CLEAR_KW, 1) + " kW for " + PowerStepDetector.CLEAR_AFTER.toMinutes()
                    + " min yet: the step holds until then");
        }
        return new ActiveCondition(kind, "power_step",
                deviation, jump ? limit : -limit, "power "
                + d(reading.powerKw(), 2) + " kW is " + d(Math.abs(deviation), 2) + " kW " + (jump ? "above" : "below")
                + " its running level " + d(power.reference(), 2) + " kW while cutting (limit "
                + d(limit, 1) + " kW" + (power.lostShare() ? ", or " + d(100 * PowerStepDetector.DROP_SHARE, 0)
                + " % of the spindle's power lost" : "") + ")");
    }

    private ActiveCondition congestionCondition(Reading reading) {
        String latency = Reading.missing(reading.latencyMs())
                ? "latency not measured (last measured " + d(lastLatencyMs, 1) + " ms)" : "latency " + d(lastLatencyMs, 1) + " ms";
        return new ActiveCondition(FaultCondition.NETWORK_CONGESTION, "network_congestion", lastLatencyMs,
                limits.latencyMs().warning(), latency + " (warning "
                        + d(limits.latencyMs().warning(), 0) + ", critical " + d(limits.latencyMs().critical(), 0)
                        + ") and packet loss " + (Reading.missing(reading.packetLossPct()) ? "not measured"
                        : d(reading.packetLossPct(), 2) + " %") + " (warning "
                        + d(limits.packetLossPct().warning(), 1) + ", critical " + d(limits.packetLossPct().critical(), 1)
                        + "; congested when both pass warning, one reaches critical, or both stay above "
                        + d(limits.latencyMs().midpoint(), 0) + " ms and " + d(limits.packetLossPct().midpoint(), 2)
                        + " % for " + MachineTimeAccounts.CONGESTION_CONFIRM.toMinutes() + " min)");
    }

    private static String d(double value, int decimals) {
        return Decimals.fixed(value, decimals);
    }
}
