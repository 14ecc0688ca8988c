package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Steps of the power draw of a cutting machine against its own recent level: a JUMP once power has stayed more than
 * {@link #STEP_KW} above the reference level for {@link #CONFIRM}, a DROP once it has stayed that far below. The step
 * ends when power has been back within {@link #CLEAR_KW} of the reference for {@link #CLEAR_AFTER}. The reference
 * is an exponential average of Active power with time constant {@link #REFERENCE_TAU_MINUTES} (data time, so alike at
 * any sampling step) that freezes while power is off it (so a step cannot hide by pulling the reference after it),
 * and starts afresh whenever the machine (re)enters Active or after a gap: a change of operation mode is never a
 * step. {@link #jumps()} and {@link #drops()} count steps (episodes), not readings. O(1) per reading.
 */
public class PowerStepDetector {

    /**
     * 1.4 kW: the spindle load wanders by about 0.6 kW (1 sigma) over a part programme, which the reference follows
     * with a short lag; a lost phase removes about half the spindle power (about 1.5-3 kW at typical loads), a spike
     * adds 3 kW or more.
     */
    public static final double STEP_KW = 1.4;
    /**
     * The fleet's spindle power wander: the load follows the part programme with a standard deviation of about 0.1
     * (x 6 kW of spindle power) and a time constant of about 15 minutes; plus 0.12 kW of meter noise per reading.
     */
    static final double WANDER_KW = 0.6;
    static final double WANDER_TAU_MINUTES = 15;
    static final double NOISE_KW = 0.12;
    /**
     * Standard deviations of the power's own wander since the reference was last updated that a step must exceed:
     * at 1 and 2 minute steps the fixed {@link #STEP_KW} is the larger limit, at 5-minute steps (where the load moves
     * by about 0.45 kW between readings) the limit rises to about 1.8 kW, so coarse sampling does not turn the part
     * programme into steps.
     */
    static final double WANDER_Z = 4;
    /**
     * The fleet's auxiliary power while Active (controls, hydraulics, coolant pump), which no spindle fault removes.
     */
    static final double AUX_KW = 1.6;
    /**
     * A lost phase removes about half the spindle power whatever the load: at a light load that is less than
     * {@link #STEP_KW}, so a drop is also a loss of this share of the reference's spindle power (power above
     * {@link #AUX_KW}), provided it exceeds {@link #CLEAR_KW}; the load itself rarely falls by 45 % within minutes.
     */
    static final double DROP_SHARE = 0.45;
    /** Within this of the reference power counts as back to normal. */
    public static final double CLEAR_KW = 1.0;
    /** How long power must stay beyond the limit before a step is believed: one noisy reading is not a fault. */
    public static final Duration CONFIRM = Duration.ofMinutes(2);
    /** How long power must be back before a step ends, so a step does not flap at its edge. */
    public static final Duration CLEAR_AFTER = Duration.ofMinutes(4);
    /** The reference's time constant: follows a part programme (load moves over about 15 min) within minutes. */
    public static final double REFERENCE_TAU_MINUTES = 2.5;
    /**
     * After entering Active the spindle runs up and the part programme starts: until this long after the entry the
     * reference simply takes each reading's power, and the first reading after it seeds the reference once more.
     */
    public static final Duration ACTIVE_SETTLE = Duration.ofMinutes(3);
    /** A longer pause between two readings starts the reference afresh. */
    static final Duration MAX_GAP = Duration.ofMinutes(15);

    private final MinimumDuration up = new MinimumDuration(CONFIRM, CLEAR_AFTER, MAX_GAP);
    private final MinimumDuration down = new MinimumDuration(CONFIRM, CLEAR_AFTER, MAX_GAP);
    private double reference = Double.NaN;
    private double deviation;
    private double sinceReference;
    private double limit = STEP_KW;
    private boolean lost;
    private LocalDateTime activeSince;
    private boolean settled;
    private Reading previous;
    private MovingRangeDetector.Signal signal = MovingRangeDetector.Signal.NONE;
    private long jumps;
    private long drops;

    /** Updates with the reading and returns whether power is now in a confirmed jump, drop or neither. */
    public MovingRangeDetector.Signal update(Reading reading) {
        if (reading.mode() == OperationMode.ACTIVE && Double.isNaN(reading.powerKw())) {
            return signal; // not measured: the step holds until a measured reading moves it
        }
        boolean gap = previous != null && (reading.timestamp().isBefore(previous.timestamp())
                || Duration.between(previous.timestamp(), reading.timestamp()).compareTo(MAX_GAP) > 0);
        if (reading.mode() != OperationMode.ACTIVE || gap) {
            restart();
            if (reading.mode() != OperationMode.ACTIVE) {
                previous = null;
                return signal;
            }
        }
        double power = reading.powerKw();
        double minutes = previous == null ? 0 : Duration.between(previous.timestamp(), reading.timestamp()).toSeconds() / 60.0;
        previous = reading;
        if (activeSince == null) {
            activeSince = reading.timestamp();
        }
        if (!settled) {
            reference = power;
            settled = Duration.between(activeSince, reading.timestamp()).compareTo(ACTIVE_SETTLE) >= 0;
            return signal;
        }
        deviation = power - reference;
        sinceReference += minutes;
        limit = limit(sinceReference);
        boolean wasJump = up.raised();
        boolean wasDrop = down.raised();
        boolean jump = up.update(deviation > limit, Math.abs(deviation) < CLEAR_KW, reading.timestamp());
        lost = deviation < -CLEAR_KW && -deviation > DROP_SHARE * (reference - AUX_KW);
        boolean drop = down.update(deviation < -limit || lost, Math.abs(deviation) < CLEAR_KW, reading.timestamp());
        jumps += jump && !wasJump ? 1 : 0;
        drops += drop && !wasDrop ? 1 : 0;
        signal = jump ? MovingRangeDetector.Signal.JUMP
                : drop ? MovingRangeDetector.Signal.DROP : MovingRangeDetector.Signal.NONE;
        if (Math.abs(deviation) <= limit && !lost && !jump && !drop) {
            reference += (power - reference) * (1 - Math.exp(-sinceReference / REFERENCE_TAU_MINUTES));
            sinceReference = 0;
        }
        return signal;
    }

    /** The step limit (kW) when the reference was last updated {@code minutes} ago. */
    static double limit(double minutes) {
        double wander = WANDER_KW * Math.sqrt(1 - Math.exp(-2 * Math.max(0, minutes) / WANDER_TAU_MINUTES));
        return Math.max(STEP_KW, WANDER_Z * Math.sqrt(wander * wander + 2 * NOISE_KW * NOISE_KW));
    }

    private void restart() {
        reference = Double.NaN;
        deviation = 0;
        sinceReference = 0;
        limit = STEP_KW;
        lost = false;
        activeSince = null;
        settled = false;
        up.reset();
        down.reset();
        signal = MovingRangeDetector.Signal.NONE;
    }

    public MovingRangeDetector.Signal signal() {
        return signal;
    }

    /** The latest reading's power minus the reference level in kW (0 outside Active). */
    public double deviation() {
        return deviation;
    }

    /** The step limit (kW) the latest reading was judged against. */
    public double limit() {
        return limit;
    }

    /** Whether the latest reading lost {@link #DROP_SHARE} of the spindle power (a drop at light load). */
    public boolean lostShare() {
        return lost;
    }

    /** True while a confirmed step holds although power is no longer beyond its limit (the hysteresis). */
    public boolean holding() {
        return signal == MovingRangeDetector.Signal.JUMP ? deviation <= limit
                : signal == MovingRangeDetector.Signal.DROP && deviation >= -limit && !lost;
    }

    /** The reference level in kW (NaN outside Active). */
    public double reference() {
        return reference;
    }

    /** Confirmed jumps so far, each counted once however long it lasted. */
    public long jumps() {
        return jumps;
    }

    /** Confirmed drops so far, each counted once however long it lasted. */
    public long drops() {
        return drops;
    }
}
