package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.telemetry.entity.Reading;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which fault conditions a reading shows, from what the machine's analytics raised for it: exceedances of the
 * operating limits, drift alarms, power jumps and drops, congestion. Uses only the readings, never labels.
 */
public class ConditionRules {

    private final OperatingLimits limits;

    public ConditionRules(OperatingLimits limits) {
        this.limits = limits;
    }

    /**
     * OVERHEAT: temperature above warning or TEMPERATURE_DRIFT; SENSOR_DRIFT: TEMPERATURE_DRIFT; TOOL_WEAR:
     * VIBRATION_DRIFT or vibration above warning; POWER_SPIKE / POWER_DROP: a moving-range jump / drop;
     * NETWORK_CONGESTION: the congestion alarm.
     */
    public Set<FaultCondition> conditions(Reading reading, MachineAnalytics analytics) {
        Set<Detector> alarms = analytics.alarms();
        Set<FaultCondition> conditions = EnumSet.noneOf(FaultCondition.class);
        boolean temperatureDrift = alarms.contains(Detector.TEMPERATURE_DRIFT);
        if (temperatureDrift || limits.temperatureC().exceedance(reading.temperatureC()) > 0) {
            conditions.add(FaultCondition.OVERHEAT);
        }
        if (temperatureDrift) {
            conditions.add(FaultCondition.SENSOR_DRIFT);
        }
        if (alarms.contains(Detector.VIBRATION_DRIFT) || limits.vibrationHz().exceedance(reading.vibrationHz()) > 0) {
            conditions.add(FaultCondition.TOOL_WEAR);
        }
        if (analytics.powerSignal() == MovingRangeDetector.Signal.JUMP) {
            conditions.add(FaultCondition.POWER_SPIKE);
        }
        if (analytics.powerSignal() == MovingRangeDetector.Signal.DROP) {
            conditions.add(FaultCondition.POWER_DROP);
        }
        if (alarms.contains(Detector.NETWORK_CONGESTION)) {
            conditions.add(FaultCondition.NETWORK_CONGESTION);
        }
        return conditions;
    }
}
