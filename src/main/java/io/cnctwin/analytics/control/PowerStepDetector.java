package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;

/**
 * Steps of the power draw of a cutting machine against its own recent level: a JUMP while power stays more than
 * {@link #STEP_KW} above the reference level, a DROP while it stays that far below. The reference is an EWMA of
 * Active power that freezes during a step (so a step cannot hide by pulling the reference after it) and starts
 * afresh whenever the machine (re)enters Active, so a change of operation mode is never a step. O(1) per reading.
 */
public class PowerStepDetector {

    /**
     * 1.4 kW: the spindle load wanders by about 0.6 kW (1 sigma) over a part programme, which the reference follows
     * with a short lag; a lost phase removes about half the spindle power (about 1.5-3 kW at typical loads), a spike
     * adds 3 kW or more. Chosen between 1.2 and 1.5 kW on the bundled data by its false alarms (see package doc).
     */
    public static final double STEP_KW = 1.4;
    /** Readings in a row beyond the limit before a step is believed: one noisy reading is not a fault. */
    public static final int CONFIRMING_READINGS = 2;
    /** Weight of the newest reading in the reference: follows a part programme within a few readings. */
    static final double LAMBDA = 0.5;

    private double reference = Double.NaN;
    private double deviation;
    private int beyond;
    private MovingRangeDetector.Signal signal = MovingRangeDetector.Signal.NONE;

    /** Updates with the reading and returns whether power is now in a confirmed jump, drop or neither. */
    public MovingRangeDetector.Signal update(Reading reading) {
        if (reading.mode() != OperationMode.ACTIVE || Double.isNaN(reading.powerKw())) {
            reference = Double.NaN;
            deviation = 0;
            beyond = 0;
            signal = MovingRangeDetector.Signal.NONE;
            return signal;
        }
        double power = reading.powerKw();
        if (Double.isNaN(reference)) {
            reference = power;
            return signal;
        }
        deviation = power - reference;
        MovingRangeDetector.Signal now = classify(deviation);
        beyond = now == MovingRangeDetector.Signal.NONE ? 0 : beyond + 1;
        signal = beyond >= CONFIRMING_READINGS ? now : MovingRangeDetector.Signal.NONE;
        if (now == MovingRangeDetector.Signal.NONE) {
            reference += LAMBDA * (power - reference);
        }
        return signal;
    }

    private static MovingRangeDetector.Signal classify(double deviation) {
        if (deviation > STEP_KW) {
            return MovingRangeDetector.Signal.JUMP;
        }
        return deviation < -STEP_KW ? MovingRangeDetector.Signal.DROP : MovingRangeDetector.Signal.NONE;
    }

    public MovingRangeDetector.Signal signal() {
        return signal;
    }

    /** The latest reading's power minus the reference level in kW (0 outside Active). */
    public double deviation() {
        return deviation;
    }

    /** The reference level in kW (NaN outside Active). */
    public double reference() {
        return reference;
    }
}
