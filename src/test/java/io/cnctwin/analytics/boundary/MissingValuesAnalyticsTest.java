package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.control.HealthIndexCalculator;
import io.cnctwin.analytics.control.HistoryAccumulator;
import io.cnctwin.analytics.control.IndicatorCalculator;
import io.cnctwin.analytics.control.OperatingLimits;
import io.cnctwin.analytics.control.ReadingBuilder;
import io.cnctwin.analytics.entity.FailurePrediction;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.telemetry.entity.ReadingView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requirement (issue 21): the analytics treat a missing value as not measured. No indicator, factor, condition or
 * history figure is NaN (JSON could not carry it) or a made-up 0; an indicator that needs a missing value says so.
 */
class MissingValuesAnalyticsTest {

    static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 0, 0);
    static final Jsonb JSON = JsonbBuilder.create();

    final MachineAnalytics cut = new MachineAnalytics();

    @Test
    void readingsWithEachValueMissingGiveIndicatorsWithoutNaNThatSayWhatWasNotMeasured() {
        int minute = 0;
        for (; minute < 60; minute++) {
            assertWritable(complete(minute), cut.assess(complete(minute)));
        }
        for (int field = 0; field < 10; field++, minute++) {
            Reading reading = withMissing(complete(minute), field);
            Indicators indicators = cut.assess(reading);
            String json = assertWritable(reading, indicators);
            if (field == 1) {
                assertTrue(json.contains("\"vibrationHz\":null"), json);
                assertEquals(FailurePrediction.INSUFFICIENT_DATA, indicators.failureStatus());
                assertTrue(indicators.failureFactors().get(0).explanation().startsWith("insufficient data: vibration"
                        + " not measured"), indicators.failureFactors().toString());
            }
            if (field == 6) {
                assertNull(indicators.efficiencyScore(), "no speed, no efficiency");
                assertNull(indicators.efficiencyStatus(), "not LOW: unknown");
            }
        }
        assertEquals(FailurePrediction.OK, cut.assess(complete(minute)).failureStatus(),
                "the missing values did not poison the features");
        assertWritable(complete(minute), cut.assess(complete(minute + 1)));
        String snapshot = JSON.toJson(cut.snapshot());
        assertFalse(snapshot.contains("NaN"), snapshot);
    }

    @Test
    void aReadingWithNothingMeasuredStillHasFiniteScores() {
        for (int minute = 0; minute < 40; minute++) {
            cut.assess(complete(minute));
        }
        Reading nothing = new Reading(7, START.plusMinutes(40), OperationMode.ACTIVE, Reading.MISSING,
                Reading.MISSING, Reading.MISSING, Reading.MISSING, Reading.MISSING, Reading.MISSING, Reading.MISSING,
                Reading.MISSING, Reading.MISSING, null);
        Indicators indicators = cut.assess(nothing);
        assertWritable(nothing, indicators);
        assertTrue(Double.isFinite(indicators.riskScore()) && Double.isFinite(indicators.healthIndex()));
    }

    @Test
    void healthNamesTheProxiesItCouldNotJudge() {
        Reading noVibration = ReadingBuilder.healthy().at(START).vibration(Reading.MISSING).build();
        Indicators indicators = new IndicatorCalculator(OperatingLimits.defaults()).assess(noVibration);
        assertEquals(100, indicators.healthIndex(), 1e-9, "the measured proxies are nominal");
        assertTrue(indicators.healthFactors().stream().anyMatch(f -> f.name().equals(HealthIndexCalculator.NOT_MEASURED)
                && f.explanation().startsWith("vibration not measured")), indicators.healthFactors().toString());
    }

    @Test
    void aCongestionHeldThroughAReadingWithoutLatencyShowsTheLastOneMeasured() {
        for (int minute = 0; minute < 30; minute++) {
            cut.assess(ReadingBuilder.healthy().at(START.plusMinutes(minute)).network(400, 8).build());
        }
        Indicators held = cut.assess(ReadingBuilder.healthy().at(START.plusMinutes(30))
                .network(Reading.MISSING, Reading.MISSING).build());
        held.conditions().forEach(c -> assertTrue(Double.isFinite(c.value()), c.toString()));
        assertWritable(complete(30), held);
    }

    @Test
    void historyFiguresCountOnlyWhatWasMeasured() {
        HistoryAccumulator history = new HistoryAccumulator(OperatingLimits.defaults());
        for (int minute = 0; minute < 120; minute++) {
            Reading reading = complete(minute);
            history.add(minute % 3 == 0 ? withMissing(reading, minute % 9) : reading);
        }
        String json = JSON.toJson(history.result(7, START, START.plusHours(2), false));
        assertFalse(json.contains("NaN"), json);
    }

    @Test
    void oeeJudgesPerformanceOnTheMinutesWhoseSpeedWasMeasured() {
        OeeCalculator oee = new OeeCalculator();
        oee.add(ReadingBuilder.healthy().at(START).speed(400).build());
        oee.add(ReadingBuilder.healthy().at(START.plusMinutes(5)).speed(Reading.MISSING).build());
        oee.add(ReadingBuilder.healthy().at(START.plusMinutes(10)).speed(400).build());
        assertEquals(400.0 / OeeCalculator.DEFAULT_IDEAL_RATE, oee.overall().performance(), 1e-9,
                "the unmeasured 5 minutes are not counted as producing nothing");
        assertEquals(1.0, oee.overall().availability(), 1e-9);
    }

    private static Reading complete(int minute) {
        return ReadingBuilder.healthy().at(START.plusMinutes(minute)).build();
    }

    private static String assertWritable(Reading reading, Indicators indicators) {
        String json = JSON.toJson(ReadingView.of(reading, indicators));
        assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
        return json;
    }

    /** The reading with measured field {@code field} (0 temperature .. 8 error rate, 9 all of them) missing. */
    static Reading withMissing(Reading r, int field) {
        double[] v = {r.temperatureC(), r.vibrationHz(), r.powerKw(), r.latencyMs(), r.packetLossPct(),
            r.defectRatePct(), r.productionSpeed(), r.maintenanceScore(), r.errorRatePct()};
        for (int i = 0; i < v.length; i++) {
            if (i == field || field == 9) {
                v[i] = Reading.MISSING;
            }
        }
        return new Reading(r.machineId(), r.timestamp(), r.mode(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                r.efficiencyLabel());
    }
}
