package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.telemetry.entity.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        if (congested) {
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
        return new ActiveCondition(kind, "temperature_residual", residual, TemperatureAnomaly.RAISE_K, format(
                "temperature %.1f °C is %.1f K above what the power explains (raised at %.0f K, clears below %.0f K), "
                        + "rising %.2f K/min %s", reading.temperatureC(), residual, TemperatureAnomaly.RAISE_K,
                TemperatureAnomaly.CLEAR_K, temperature.riseRate(), cause));
    }

    private ActiveCondition wornToolCondition(Reading reading) {
        if (tool.trending()) {
            double perHour = tool.slope() * 60;
            return new ActiveCondition(FaultCondition.TOOL_WEAR, "vibration_trend", perHour,
                    ToolWearDetector.MIN_SLOPE_HZ_PER_MIN * 60, format("vibration %.2f Hz rising %.2f Hz/h at constant "
                            + "load (limit %.2f Hz/h over the last %d cutting readings): the tool wears fast",
                            reading.vibrationHz(), perHour, ToolWearDetector.MIN_SLOPE_HZ_PER_MIN * 60,
                            ToolWearDetector.WINDOW));
        }
        return new ActiveCondition(FaultCondition.TOOL_WEAR, "vibration_level", reading.vibrationHz(),
                ToolWearDetector.LEVEL_HZ, format("vibration %.2f Hz above %.2f Hz for %d readings while cutting",
                        reading.vibrationHz(), ToolWearDetector.LEVEL_HZ, tool.readingsAbove()));
    }

    private ActiveCondition powerCondition(MovingRangeDetector.Signal step, Reading reading) {
        boolean jump = step == MovingRangeDetector.Signal.JUMP;
        double deviation = power.deviation();
        return new ActiveCondition(jump ? FaultCondition.POWER_SPIKE : FaultCondition.POWER_DROP, "power_step",
                deviation, jump ? PowerStepDetector.STEP_KW : -PowerStepDetector.STEP_KW, format(
                "power %.2f kW is %.2f kW %s its running level %.2f kW while cutting (limit %.1f kW)",
                reading.powerKw(), Math.abs(deviation), jump ? "above" : "below", power.reference(),
                PowerStepDetector.STEP_KW));
    }

    private ActiveCondition congestionCondition(Reading reading) {
        return new ActiveCondition(FaultCondition.NETWORK_CONGESTION, "network_congestion", reading.latencyMs(),
                limits.latencyMs().warning(), format("latency %.1f ms (warning %.0f, critical %.0f) and packet loss "
                        + "%.2f %% (warning %.1f, critical %.1f)", reading.latencyMs(), limits.latencyMs().warning(),
                        limits.latencyMs().critical(), reading.packetLossPct(), limits.packetLossPct().warning(),
                        limits.packetLossPct().critical()));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
