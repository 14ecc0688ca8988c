package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cnctwin.analytics.entity.ConditionScore;
import io.cnctwin.analytics.entity.DetectionScore;
import io.cnctwin.analytics.entity.ModelQuality;
import io.cnctwin.analytics.entity.ReliabilityBin;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer's --json output (issue 19): what the model-quality page reads back with JSON-B. */
class ModelQualityReportTest {

    @Test
    void theReliabilityDiagramBinsRowsByPredictionWithCountsAndFailureShares() {
        FailureScore cut = new FailureScore();
        cut.add(0.05, false);
        cut.add(0.08, true);
        cut.add(0.95, true);
        List<ReliabilityBin> bins = cut.reliability();
        assertEquals(FailureScore.BINS, bins.size());
        assertEquals(new ReliabilityBin(0.0, 0.1, 2, 0.065, 0.5), round(bins.get(0)));
        assertEquals(new ReliabilityBin(0.9, 1.0, 1, 0.95, 1.0), round(bins.get(9)));
        assertEquals(0, bins.get(5).n());
        assertNull(bins.get(5).meanPredicted(), "an empty bin has no mean");
    }

    @Test
    void theJsonReadsBackAsWrittenAndAFigureWithoutEpisodesIsNull() throws Exception {
        ConditionScore overheat = new ConditionScore("OVERHEAT", 4, 3, 6.0, 1, 10.0, 4);
        ConditionScore drift = new ConditionScore("SENSOR_DRIFT", 0, 0, Double.NaN, 2, 10.0, 0);
        ConditionScore overall = new ConditionScore("overall", 4, 3, 6.0, 3, 10.0, 4);
        DetectionScore detection = new DetectionScore(List.of(overheat, drift), overall, 7200, 10.0);
        ModelQuality written = ModelQualityReport.of("ScoreDetection --data a.csv --truth \"b\".csv", "a.csv", detection, null);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            ModelQuality read = jsonb.fromJson(ModelQualityReport.json(written), ModelQuality.class);
            assertEquals(written, read);
            assertEquals(3, read.detection().size());
            assertEquals(75.0, read.detection().get(0).detectionPct());
            assertNull(read.detection().get(1).detectionPct());
            assertEquals("overall", read.detection().get(2).kind());
        }
    }

    private static ReliabilityBin round(ReliabilityBin bin) {
        return new ReliabilityBin(bin.from(), bin.to(), bin.n(), Math.round(bin.meanPredicted() * 1e9) / 1e9,
                Math.round(bin.observed() * 1e9) / 1e9);
    }
}
