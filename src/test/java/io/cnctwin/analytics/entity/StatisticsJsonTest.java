package io.cnctwin.analytics.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The statistics records keep every field the API served and add the new ones. */
class StatisticsJsonTest {

    @Test
    void trendFindingKeepsItsFieldsAndAddsTheNewOnes() throws Exception {
        TrendFinding trend = new TrendFinding(300, 0.8, 0.5, 1.1, true, 4.5, 2.5, "rising trend", 20.5, 0.9, 1.8, 4.0,
                "Active", Instant.parse("2025-01-06T08:00:00Z"));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(trend);
            for (String field : new String[] {"\"n\":300", "\"slopePerDay\":0.8", "\"ciLowPerDay\":0.5",
                "\"ciHighPerDay\":1.1", "\"significant\":true", "\"threshold\":4.5", "\"daysToThreshold\":2.5",
                "\"verdict\":\"rising trend\"", "\"effectiveN\":20.5", "\"residualLag1\":0.9",
                "\"daysToThresholdLow\":1.8", "\"daysToThresholdHigh\":4.0", "\"mode\":\"Active\"",
                "\"since\":\"2025-01-06T08:00:00Z\""}) {
                assertTrue(json.contains(field), field + " in " + json);
            }
            String none = jsonb.toJson(new TrendFinding(2, 0, 0, 0, false, 4.5, null, "insufficient data"));
            assertTrue(none.contains("\"daysToThreshold\":null") && none.contains("\"daysToThresholdLow\":null"), none);
        }
    }

    @Test
    void correlationFindingAddsTheEffectiveSampleSize() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(new CorrelationFinding(0.3, 720, 0.2, "not significant", "medium", 28.5));
            for (String field : new String[] {"\"r\":0.3", "\"n\":720", "\"pValue\":0.2",
                "\"verdict\":\"not significant\"", "\"effect\":\"medium\"", "\"effectiveN\":28.5"}) {
                assertTrue(json.contains(field), field + " in " + json);
            }
        }
    }

    @Test
    void maintenancePriorityAddsTheInterval() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(new MaintenancePriority(1, 4, 0.1, 2.5, "why", 1.8, 4.0, "PT24H", null, null, java.util.List.of()));
            for (String field : new String[] {"\"rank\":1", "\"machineId\":4", "\"failureProbability\":0.1",
                "\"daysToThreshold\":2.5", "\"reason\":\"why\"", "\"daysToThresholdLow\":1.8",
                "\"daysToThresholdHigh\":4.0"}) {
                assertTrue(json.contains(field), field + " in " + json);
            }
        }
    }
}
