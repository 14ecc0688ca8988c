package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.control.ShiftCalendar;
import io.cnctwin.analytics.entity.Oee;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * OEE of one machine, incremental: each interval between two readings (capped like the other time accounts) is
 * credited to the earlier reading's state, overall and to that reading's UTC day. Planned time is all time except
 * Maintenance: maintenance (tool changes, repairs) is planned downtime here, so it does not lower availability,
 * while Idle time is lost time. With a {@link ShiftCalendar}, also to that reading's shift. O(1) per reading.
 */
public class OeeCalculator {

    /** Units per hour the machine is rated for; performance compares the actual speed with it. */
    public static final double DEFAULT_IDEAL_RATE = 500;

    private final double idealRate;
    private final double maxGapMinutes;
    private final OeeAccount total = new OeeAccount();
    private final Map<LocalDate, OeeAccount> days = new TreeMap<>();
    private final ShiftCalendar shifts;
    private final Map<ShiftCalendar.Shift, OeeAccount> byShift = new TreeMap<>();
    private Reading previous;

    public OeeCalculator() {
        this(DEFAULT_IDEAL_RATE, MachineAnalytics.DEFAULT_MAX_GAP);
    }

    /** Per day and per shift of {@code shifts}. */
    public OeeCalculator(ShiftCalendar shifts) {
        this(DEFAULT_IDEAL_RATE, MachineAnalytics.DEFAULT_MAX_GAP, shifts);
    }

    public OeeCalculator(double idealRate, Duration maxGap) {
        this(idealRate, maxGap, null);
    }

    /** @param shifts the shift calendar, or null for no accounts per shift */
    public OeeCalculator(double idealRate, Duration maxGap, ShiftCalendar shifts) {
        if (idealRate <= 0) {
            throw new IllegalArgumentException("the ideal rate must be positive, got " + idealRate);
        }
        this.idealRate = idealRate;
        this.maxGapMinutes = maxGap.toSeconds() / 60.0;
        this.shifts = shifts;
    }

    /** Credits the interval since the previous reading to the previous reading's mode, speed and defect rate. */
    public void add(Reading reading) {
        if (previous != null) {
            double minutes = Duration.between(previous.timestamp(), reading.timestamp()).toSeconds() / 60.0;
            minutes = Math.max(0, Math.min(maxGapMinutes, minutes));
            total.credit(previous, minutes);
            days.computeIfAbsent(previous.timestamp().toLocalDate(), day -> new OeeAccount()).credit(previous, minutes);
            if (shifts != null) {
                byShift.computeIfAbsent(shifts.shiftOf(previous.timestamp()), shift -> new OeeAccount())
                        .credit(previous, minutes);
            }
        }
        previous = reading;
    }

    /**
     * Availability = Active minutes / planned minutes (all but Maintenance); performance = time-weighted mean speed
     * while Active / ideal rate (capped at 1); quality = 1 - production-weighted mean defect rate / 100;
     * OEE = availability x performance x quality. Performance and quality are judged on the intervals whose speed
     * (and defect rate) was measured; NaN (not measured) when there are none.
     */
    public Oee overall() {
        return total.oee(idealRate);
    }

    /** {@link #overall()} per UTC day, by day. */
    public Map<LocalDate, Oee> byDay() {
        Map<LocalDate, Oee> result = new TreeMap<>();
        days.forEach((day, account) -> result.put(day, account.oee(idealRate)));
        return result;
    }

    /** {@link #overall()} per shift, oldest first; empty without a shift calendar. */
    public Map<ShiftCalendar.Shift, Oee> byShift() {
        Map<ShiftCalendar.Shift, Oee> result = new TreeMap<>();
        byShift.forEach((shift, account) -> result.put(shift, account.oee(idealRate)));
        return result;
    }

    /** The time accounts of one period. */
    private static final class OeeAccount {
        private double plannedMinutes;
        private double activeMinutes;
        /** Active minutes whose speed was measured: performance is judged on them only. */
        private double speedMinutes;
        private double units;
        /** Units whose defect rate was measured: quality is judged on them only. */
        private double checkedUnits;
        private double defectiveUnits;

        void credit(Reading reading, double minutes) {
            if (reading.mode() == OperationMode.MAINTENANCE) {
                return;
            }
            plannedMinutes += minutes;
            if (reading.mode() == OperationMode.ACTIVE) {
                activeMinutes += minutes;
                if (Reading.missing(reading.productionSpeed())) {
                    return;
                }
                speedMinutes += minutes;
                double produced = Math.max(0, reading.productionSpeed()) * minutes / 60;
                units += produced;
                if (!Reading.missing(reading.defectRatePct())) {
                    checkedUnits += produced;
                    defectiveUnits += produced * Math.max(0, Math.min(100, reading.defectRatePct())) / 100;
                }
            }
        }

        Oee oee(double idealRate) {
            double availability = plannedMinutes > 0 ? activeMinutes / plannedMinutes : Double.NaN;
            double performance = speedMinutes > 0 ? Math.min(1, units / (speedMinutes / 60) / idealRate) : Double.NaN;
            double quality = checkedUnits > 0 ? 1 - defectiveUnits / checkedUnits : Double.NaN;
            return new Oee(availability, performance, quality, availability * performance * quality, plannedMinutes);
        }
    }
}
