package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.Reading;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EfficiencyScoreTest {

    private final EfficiencyScore cut = new EfficiencyScore();

    @Test
    void highNeedsFewErrorsAndHighSpeed() {
        assertEquals(EfficiencyStatus.HIGH, EfficiencyStatus.of(1.99, 400.01));
        assertEquals(EfficiencyStatus.MEDIUM, EfficiencyStatus.of(2, 450));
        assertEquals(EfficiencyStatus.MEDIUM, EfficiencyStatus.of(1, 400));
    }

    @Test
    void mediumNeedsModerateErrorsAndSpeed() {
        assertEquals(EfficiencyStatus.MEDIUM, EfficiencyStatus.of(4.99, 200.01));
        assertEquals(EfficiencyStatus.LOW, EfficiencyStatus.of(5, 450));
        assertEquals(EfficiencyStatus.LOW, EfficiencyStatus.of(1, 200));
    }

    @Test
    void scoreIsSpeedShareTimesErrorAndDefectShares() {
        Reading reading = ReadingBuilder.healthy().speed(400).errorRate(3).defectRate(2).build();
        // 100 x 400/500 x (1 - 3/15) x (1 - 2/10) = 51.2
        assertEquals(51.2, cut.score(reading), 1e-9);
        assertEquals(100, cut.score(ReadingBuilder.healthy().speed(500).errorRate(0).defectRate(0).build()), 1e-9);
        assertEquals(0, cut.score(ReadingBuilder.healthy().errorRate(15).build()), 1e-9);
    }

    @Test
    void agreesWithTheLabelOfTheRealRows() throws IOException {
        assumeTrue(ExcerptRows.available(), "the excerpt of the public data set is not at " + ExcerptRows.FILE);
        List<Reading> rows = ExcerptRows.read();
        long agreeing = rows.stream().filter(row -> cut.status(row) == row.efficiencyLabel()).count();
        double agreement = (double) agreeing / rows.size();
        System.out.printf("efficiency rule agrees with %d of %d real rows (%.3f %%)%n", agreeing, rows.size(), 100 * agreement);
        assertEquals(217, rows.size());
        assertTrue(agreement >= 0.999, "agreement " + agreement);
    }
}
