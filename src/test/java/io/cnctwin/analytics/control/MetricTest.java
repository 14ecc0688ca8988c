package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void formatsTwoDecimalsWithUnit() {
        assertEquals("87.30 °C", Metric.TEMPERATURE.format(87.3));
        assertEquals("0.05", Metric.MAINTENANCE_SCORE.format(0.049));
        assertEquals("-1.50", Metric.twoDecimals(-1.5));
        assertEquals("0.00", Metric.twoDecimals(-0.001));
        assertEquals("12.07", Metric.twoDecimals(12.066));
    }
}
