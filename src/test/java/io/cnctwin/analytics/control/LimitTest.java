package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LimitTest {

    private final Limit cut = OperatingLimits.defaults().temperatureC();

    @Test
    void exceedanceIsZeroBelowWarningAndOneAtCritical() {
        assertEquals(0, cut.exceedance(60), 1e-12);
        assertEquals(0, cut.exceedance(75), 1e-12);
        assertEquals(0.5, cut.exceedance(80), 1e-12);
        assertEquals(1, cut.exceedance(85), 1e-12);
        assertEquals(1.5, cut.exceedance(90), 1e-12);
        assertEquals(Limit.MAX_EXCEEDANCE, cut.exceedance(500), 1e-12);
        assertEquals(0, cut.exceedance(Double.NaN), 1e-12);
    }

    @Test
    void wearRunsFromNominalToCritical() {
        assertEquals(0, cut.wear(40), 1e-12);
        assertEquals(0.75, cut.wear(75), 1e-12);
        assertEquals(1, cut.wear(95), 1e-12);
    }

    @Test
    void rejectsLimitsOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> new Limit(1, 3, 2));
    }

    @Test
    void everyMetricHasADefaultLimit() {
        OperatingLimits limits = OperatingLimits.defaults();
        for (Metric metric : Metric.values()) {
            Limit limit = limits.of(metric);
            assertEquals(1, limit.exceedance(limit.critical()), 1e-12, metric.key());
        }
    }
}
