package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.FailurePrediction;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.telemetry.entity.ReadingView;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundedTest {

    static final Reading READING = new Reading(7, LocalDateTime.of(2026, 1, 1, 8, 0), OperationMode.ACTIVE, 71.234567,
            2.1, 6.4, 18, 1.2, 3.1, 410, 0.62, 4.8, EfficiencyStatus.HIGH);

    @Test
    void scoresProbabilitiesAndFactorsAreRoundedTheSensorValuesKept() {
        Factor factor = new Factor("temperature", 71.234567, 12.3456789, "hot");
        Indicators full = new Indicators(EfficiencyStatus.MEDIUM, 55.55555, 66.66666, RiskLevel.HIGH, 0.123456789,
                60.004999, List.of(factor), List.of(), List.of(), List.of(), "PT24H", 0.0456789, "OK",
                List.of(new FailurePrediction("PT4H", 4, 0.0456789, "OK", List.of(factor))));
        ReadingView cut = Rounded.reading(ReadingView.of(READING, full));
        Indicators i = cut.indicators();
        assertEquals(55.56, i.efficiencyScore());
        assertEquals(66.67, i.riskScore());
        assertEquals(0.1235, i.failureProbability());
        assertEquals(60.0, i.healthIndex());
        assertEquals(0.0457, i.failureProbability4h());
        assertEquals(new Factor("temperature", 71.235, 12.346, "hot"), i.riskFactors().get(0));
        assertEquals(0.0457, i.failurePredictions().get(0).probability());
        assertEquals(71.234567, cut.temperatureC());
        assertEquals(full.riskLevel(), i.riskLevel());
    }

    @Test
    void anUnknownFourHourProbabilityStaysUnknownAndTheJsonIsShorter() throws Exception {
        Indicators full = new Indicators(EfficiencyStatus.MEDIUM, 55.55555555555, 66.66666666666, RiskLevel.HIGH,
                0.123456789123, 60.004999999, List.of(new Factor("vibration", 3.333333333, 1.11111111, "shaky")), List.of(),
                List.of(), List.of());
        ReadingView view = ReadingView.of(READING, full);
        ReadingView cut = Rounded.reading(view);
        assertNull(cut.indicators().failureProbability4h());
        try (var jsonb = JsonbBuilder.create()) {
            assertTrue(jsonb.toJson(cut).length() < jsonb.toJson(view).length() - 40);
        }
    }
}
