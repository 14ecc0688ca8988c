package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.telemetry.entity.OperationMode;
import io.cnctwin.telemetry.entity.Reading;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which fault conditions one machine's reading shows, from the machine's analytics and three mode-aware detectors:
 * {@link TemperatureAnomaly} (OVERHEAT or SENSOR_DRIFT), {@link PowerStepDetector} (POWER_SPIKE, POWER_DROP) and
 * vibration of a cutting machine above {@link #WORN_TOOL_VIBRATION_HZ} (TOOL_WEAR); NETWORK_CONGESTION is the
 * analytics' congestion alarm. One instance per machine; uses the readings only, never labels.
 */
public class ConditionRules {

    /**
     * Vibration of a cutting machine beyond what cutting load and normal flank wear produce: about 0.5 + 0.8 x load
     * + wear terms stays below about 2.9 Hz until chatter sets in near the end of a tool's life.
     */
    public static final double WORN_TOOL_VIBRATION_HZ = 3.0;
    /** Readings in a row above the vibration limit before a worn tool is believed. */
    static final int CONFIRMING_READINGS = 2;

    private final TemperatureAnomaly temperature = new TemperatureAnomaly();
    private final PowerStepDetector power = new PowerStepDetector();
    private int vibrationAbove;

    /**
     * OVERHEAT / SENSOR_DRIFT: the temperature anomaly's verdict; TOOL_WEAR: Active and vibration above
     * {@link #WORN_TOOL_VIBRATION_HZ} for {@link #CONFIRMING_READINGS} readings; POWER_SPIKE / POWER_DROP: a confirmed
     * power step; NETWORK_CONGESTION: {@link Detector#NETWORK_CONGESTION} among the analytics' alarms. Call once per
     * reading, after {@code analytics.assess(reading)}.
     */
    public Set<FaultCondition> conditions(Reading reading, MachineAnalytics analytics) {
        Set<FaultCondition> conditions = EnumSet.noneOf(FaultCondition.class);
        FaultCondition heat = temperature.update(reading);
        if (heat != null) {
            conditions.add(heat);
        }
        if (wornTool(reading)) {
            conditions.add(FaultCondition.TOOL_WEAR);
        }
        MovingRangeDetector.Signal step = power.update(reading);
        if (step == MovingRangeDetector.Signal.JUMP) {
            conditions.add(FaultCondition.POWER_SPIKE);
        } else if (step == MovingRangeDetector.Signal.DROP) {
            conditions.add(FaultCondition.POWER_DROP);
        }
        if (analytics.alarms().contains(Detector.NETWORK_CONGESTION)) {
            conditions.add(FaultCondition.NETWORK_CONGESTION);
        }
        return conditions;
    }

    private boolean wornTool(Reading reading) {
        boolean above = reading.mode() == OperationMode.ACTIVE && reading.vibrationHz() > WORN_TOOL_VIBRATION_HZ;
        vibrationAbove = above ? vibrationAbove + 1 : 0;
        return vibrationAbove >= CONFIRMING_READINGS;
    }
}
