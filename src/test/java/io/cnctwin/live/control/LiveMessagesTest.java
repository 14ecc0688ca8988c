package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.ingest.control.ImportProgress;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.telemetry.entity.ReadingView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Import progress goes out as {"type":"import","import":{...}}, without the rejection list; a reading in summary detail
 * keeps every value and score and leaves out the factors.
 */
class LiveMessagesTest {

    @Test
    void anImportMessageNamesItsJobImport() throws Exception {
        ImportProgress progress = new ImportProgress("job-9", 10, () -> Instant.parse("2025-01-16T10:00:00Z"));
        progress.start(3);
        progress.rejected(2, "bad");
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(new LiveMessages.ImportMessage(progress.view(false)));
            assertTrue(json.contains("\"import\":{"), json);
            assertTrue(json.contains("\"type\":\"import\""), json);
            assertTrue(json.contains("\"id\":\"job-9\""), json);
            assertTrue(json.contains("\"state\":\"RUNNING\""), json);
            assertFalse(json.contains("importJob"), json);
            assertFalse(json.contains("rejections"), json);
        }
    }

    @Test
    void aSummaryReadingKeepsTheScoresWithoutTheirFactors() throws Exception {
        MachineAnalytics analytics = new MachineAnalytics();
        LocalDateTime start = LocalDateTime.of(2025, 1, 16, 10, 0);
        Indicators indicators = null;
        Reading hot = null;
        for (int i = 0; i < 10; i++) {
            hot = new Reading(7, start.plusMinutes(i), OperationMode.ACTIVE, 60 + 3 * i, 2.5 + 0.1 * i, 8, 40, 3, 4, 300,
                    0.6, 9, null);
            indicators = analytics.assess(hot);
        }
        assertFalse(indicators.riskFactors().isEmpty());
        ReadingView view = ReadingView.of(hot, indicators);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String full = jsonb.toJson(new LiveMessages.ReadingMessage(view, MachineStatus.WARNING));
            String summary = jsonb.toJson(new LiveMessages.ReadingMessage(view.summary(), MachineStatus.WARNING));
            for (String kept : new String[] {"\"type\":\"reading\"", "\"machineId\":7", "\"temperatureC\":87.0",
                    "\"riskLevel\":\"" + indicators.riskLevel() + "\"", "\"healthIndex\":", "\"failureProbability\":",
                    "\"efficiencyScore\":", "\"riskFactors\":[]", "\"machineStatus\":\"WARNING\""}) {
                assertTrue(summary.contains(kept), kept + " in " + summary);
            }
            assertTrue(full.contains(indicators.riskFactors().get(0).explanation()), full);
            assertFalse(summary.contains(indicators.riskFactors().get(0).explanation()), summary);
            assertTrue(summary.length() * 3 < full.length(), summary.length() + " chars summary, " + full.length() + " full");
        }
    }
}
