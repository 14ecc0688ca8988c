package io.cnctwin.analytics.entity;

import io.cnctwin.reading.entity.OperationMode;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Energy in kWh by operation mode (ACTIVE, IDLE, MAINTENANCE) and in total; units produced and kWh per unit where
 * they are known ({@code null} otherwise, e.g. nothing was produced).
 */
@JsonbNillable // undefined figures appear as null rather than vanish
public record Energy(Map<String, Double> kwhByMode, double kwhTotal, Double unitsProduced, Double kwhPerUnit) {

    /** Mode names as keys, in mode order; kWh per unit only when units were produced. */
    public static Energy of(Map<OperationMode, Double> kwhByMode, double kwhTotal, Double unitsProduced) {
        Map<String, Double> byName = new LinkedHashMap<>();
        for (OperationMode mode : OperationMode.values()) {
            byName.put(mode.name(), kwhByMode.getOrDefault(mode, 0.0));
        }
        Double perUnit = unitsProduced == null || unitsProduced <= 0 ? null : kwhTotal / unitsProduced;
        return new Energy(byName, kwhTotal, unitsProduced, perUnit);
    }

    public Energy {
        // keeps the order the map was built in
        kwhByMode = Collections.unmodifiableMap(new LinkedHashMap<>(kwhByMode));
    }
}
