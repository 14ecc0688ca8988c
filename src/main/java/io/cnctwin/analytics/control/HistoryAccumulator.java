package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.boundary.OeeCalculator;
import io.cnctwin.analytics.entity.Correlations;
import io.cnctwin.analytics.entity.DailyOee;
import io.cnctwin.analytics.entity.Energy;
import io.cnctwin.analytics.entity.Episodes;
import io.cnctwin.analytics.entity.HistoryAnalytics;
import io.cnctwin.analytics.entity.MachineAnalyticsSnapshot;
import io.cnctwin.analytics.entity.OeeView;
import io.cnctwin.analytics.entity.PowerSteps;
import io.cnctwin.analytics.entity.ShiftOee;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Sums up a period of one machine's readings, fed oldest first: a fresh {@link MachineAnalytics} (overheating,
 * energy, power steps, congestion, vibration trend, correlations), an {@link OeeCalculator} (per day and shift), the error rate and the
 * units produced (speed x Active time, intervals capped like the other time accounts). O(1) per reading.
 */
public class HistoryAccumulator {

    private final MachineAnalytics analytics;
    private final OeeCalculator oee;
    private final ErrorRateStats errors;
    private final double maxGapMinutes = MachineAnalytics.DEFAULT_MAX_GAP.toSeconds() / 60.0;
    private double units;
    private Reading first;
    private Reading previous;

    public HistoryAccumulator() {
        this(OperatingLimits.defaults());
    }

    public HistoryAccumulator(OperatingLimits limits) {
        this(limits, ShiftCalendar.parse(ShiftCalendar.DEFAULT));
    }

    /** OEE per day and per shift of {@code shifts}. */
    public HistoryAccumulator(OperatingLimits limits, ShiftCalendar shifts) {
        this.oee = new OeeCalculator(shifts);
        this.analytics = new MachineAnalytics(limits);
        this.errors = new ErrorRateStats(limits.errorRatePct());
    }

    public void add(Reading reading) {
        analytics.assess(reading);
        oee.add(reading);
        errors.add(reading.errorRatePct());
        units += producedSincePrevious(reading);
        first = first == null ? reading : first;
        previous = reading;
    }

    private double producedSincePrevious(Reading reading) {
        // units are counted where the speed was measured
        if (previous == null || previous.mode() != OperationMode.ACTIVE || Reading.missing(previous.productionSpeed())) {
            return 0;
        }
        double minutes = Duration.between(previous.timestamp(), reading.timestamp()).toSeconds() / 60.0;
        return Math.max(0, previous.productionSpeed()) * Math.max(0, Math.min(maxGapMinutes, minutes)) / 60;
    }

    /** Everything known of the readings added, for the period [from, to) they were read from. */
    public HistoryAnalytics result(int machineId, LocalDateTime from, LocalDateTime to, boolean capped) {
        MachineAnalyticsSnapshot s = analytics.snapshot();
        return new HistoryAnalytics(machineId, instant(from), instant(to), s.readings(), capped,
                first == null ? null : instant(first.timestamp()), instant(s.lastReading()),
                new Episodes(s.overheatingMinutes(), s.overheatingEpisodes()),
                Energy.of(s.energyKwhByMode(), s.energyKwhTotal(), units),
                new PowerSteps(s.powerJumps(), s.powerDrops()),
                new Episodes(s.congestionMinutes(), s.congestionEpisodes()),
                errors.summary(), s.vibrationTrend(), Correlations.of(s), OeeView.of(oee.overall()), days(), shifts());
    }

    private List<ShiftOee> shifts() {
        return oee.byShift().entrySet().stream().map(e -> new ShiftOee(e.getKey().day(), e.getKey().number(),
                instant(e.getKey().start()), instant(e.getKey().end()), OeeView.of(e.getValue()))).toList();
    }

    private List<DailyOee> days() {
        return oee.byDay().entrySet().stream().map(day -> new DailyOee(day.getKey(), OeeView.of(day.getValue())))
                .toList();
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
