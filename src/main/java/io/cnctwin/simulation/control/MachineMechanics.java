package io.cnctwin.simulation.control;

import io.cnctwin.reading.entity.OperationMode;

/** Power draw and vibration of the machine from its mode, spindle load and tool wear (noise-free parts). */
final class MachineMechanics {

    /** Controls, hydraulics and coolant pump: drawn whenever the machine is powered up. */
    static final double AUXILIARY_KW = 1.6;
    /** In Maintenance the coolant pump and hydraulics are off; only the control cabinet stays on. */
    static final double MAINTENANCE_KW = 1.5;
    static final double SPINDLE_RATED_KW = 6.0;
    /** The spindle keeps turning at idle speed between jobs. */
    static final double IDLE_SPINDLE_KW = 0.5;
    /** A blunt tool needs more cutting force: +15 % spindle power at end of life. */
    static final double WEAR_FORCE_GAIN = 0.15;
    /** Vibration added by bearing damage 1 while cutting (Hz of the reported vibration band). */
    static final double BEARING_GAIN = 0.8;

    private MachineMechanics() {
    }

    static double spindleKw(OperationMode mode, double load, double wear) {
        return switch (mode) {
            case ACTIVE -> SPINDLE_RATED_KW * load * (1 + WEAR_FORCE_GAIN * wear);
            case IDLE -> IDLE_SPINDLE_KW;
            case MAINTENANCE -> 0;
        };
    }

    static double auxiliaryKw(OperationMode mode) {
        return mode == OperationMode.MAINTENANCE ? MAINTENANCE_KW : AUXILIARY_KW;
    }

    /**
     * Vibration grows with cutting force (load) and with flank wear; the steep wear^6 term is the chatter that
     * sets in near the end of tool life, and a broken edge adds an impact component.
     */
    static double vibrationHz(OperationMode mode, double load, double wear, boolean toolBroken) {
        return vibrationHz(mode, load, wear, toolBroken, 0);
    }

    /**
     * As above, plus a damaged spindle bearing: its rolling elements pass over spalls, adding BEARING_GAIN x b^2 while
     * the spindle turns (cutting or idle), so bearing damage shows as slow vibration growth that no tool change resets.
     */
    static double vibrationHz(OperationMode mode, double load, double wear, boolean toolBroken, double bearing) {
        double rumble = BEARING_GAIN * bearing * bearing;
        return switch (mode) {
            case ACTIVE -> 0.5 + 0.8 * load + 1.2 * wear + 2.6 * Math.pow(wear, 6) + (toolBroken ? 0.6 : 0) + rumble;
            case IDLE -> 0.3 + 0.3 * wear + rumble;
            case MAINTENANCE -> 0.12;
        };
    }
}
