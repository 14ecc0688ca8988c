package io.cnctwin.analytics.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet as the twins know it since they started: machines by status, machines ranked by risk, energy,
 * pooled OEE and pooled correlations over every reading the twins took.
 */
public record FleetAnalytics(
        int machines,
        long readings,
        Map<String, Long> statusCounts,
        List<MachineRisk> ranking,
        Energy energy,
        OeeView oee,
        Correlations correlations) {

    public FleetAnalytics {
        // keeps the order the map was built in
        statusCounts = Collections.unmodifiableMap(new LinkedHashMap<>(statusCounts));
        ranking = List.copyOf(ranking);
    }
}
