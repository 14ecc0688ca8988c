package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;
import java.util.EnumMap;
import java.util.Map;

/** Energy in kWh per operation mode, integrated from power readings. */
public class EnergyMeter {

    private final double[] kwhByMode = new double[OperationMode.values().length];

    /** Adds power x duration (kW x h) to the mode. */
    void add(OperationMode mode, double powerKw, double hours) {
        if (mode != null && powerKw > 0 && hours > 0) {
            kwhByMode[mode.ordinal()] += powerKw * hours;
        }
    }

    public Map<OperationMode, Double> byMode() {
        Map<OperationMode, Double> result = new EnumMap<>(OperationMode.class);
        for (OperationMode mode : OperationMode.values()) {
            result.put(mode, kwhByMode[mode.ordinal()]);
        }
        return result;
    }

    public double total() {
        double total = 0;
        for (double kwh : kwhByMode) {
            total += kwh;
        }
        return total;
    }
}
