package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.TrendFinding;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The trend of one metric per tool life and per operation mode, O(1) per reading.
 * <p>
 * A tool life begins when a Maintenance stretch begins (the data set marks tool changes and repairs with the operation
 * mode MAINTENANCE; maintenance replaces the tool): every mode's {@link TrendEstimator} starts afresh then, so a
 * line is never fitted across a tool change, where the metric falls back to a new tool's level. Within a tool life,
 * each mode has its own line, so the switch between cutting and idling is not taken for a trend either.
 * {@link #finding()} is the trend of the cutting (Active) readings of the current tool life, the one tool wear shows in.
 */
public class ToolLifeTrend {

    /** The mode whose trend {@link #finding()} reports: tool wear shows while cutting. */
    public static final OperationMode REPORTED_MODE = OperationMode.ACTIVE;

    private final double threshold;
    private final ToDoubleFunction<Reading> metric;
    private final Map<OperationMode, TrendEstimator> byMode = new EnumMap<>(OperationMode.class);
    private OperationMode previousMode;
    private long toolLives;

    /**
     * @param threshold the upper limit whose crossing time is forecast
     * @param metric    the metric of a reading, e.g. {@code Reading::vibrationHz}
     */
    public ToolLifeTrend(double threshold, ToDoubleFunction<Reading> metric) {
        this.threshold = threshold;
        this.metric = metric;
    }

    public void add(Reading reading) {
        OperationMode mode = reading.mode();
        if (mode == OperationMode.MAINTENANCE && previousMode != OperationMode.MAINTENANCE) {
            byMode.clear();
            toolLives++;
        }
        previousMode = mode;
        byMode.computeIfAbsent(mode, m -> new TrendEstimator(threshold)).add(reading.timestamp(),
                metric.applyAsDouble(reading));
    }

    /** The Active trend of the current tool life. */
    public TrendFinding finding() {
        return finding(REPORTED_MODE);
    }

    /** The given mode's trend in the current tool life ("insufficient data" without readings of it). */
    public TrendFinding finding(OperationMode mode) {
        TrendEstimator estimator = byMode.get(mode);
        TrendFinding finding = estimator != null ? estimator.finding()
                : new TrendFinding(0, 0, 0, 0, false, threshold, null, "insufficient data");
        return finding.scoped(mode.label(), estimator != null ? estimator.since() : null);
    }

    /** How many Maintenance stretches (tool changes) began so far. */
    public long toolChanges() {
        return toolLives;
    }
}
