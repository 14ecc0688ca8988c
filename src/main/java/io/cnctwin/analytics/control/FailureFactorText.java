package io.cnctwin.analytics.control;

import java.util.Locale;

/** The sentence that says what a failure feature's value means, for a factor of the failure probability. */
final class FailureFactorText {

    private FailureFactorText() {
    }

    static String explain(int feature, double value) {
        return switch (feature) {
            case FailureFeatures.CUTTING_HOURS -> String.format(Locale.ROOT,
                    "%.1f h of cutting since the last maintenance (tool wear)", value);
            case FailureFeatures.IDLE_VIBRATION -> String.format(Locale.ROOT,
                    "vibration at idle %.2f Hz above a sound spindle's (bearing damage)", value);
            case FailureFeatures.THERMAL_RESISTANCE -> String.format(Locale.ROOT,
                    "housing %.2f K per kW above coolant (cooling efficiency)", value);
            case FailureFeatures.HEAT_HOURS -> String.format(Locale.ROOT,
                    "%.1f h above the %.0f °C comfort band (24 h memory)", value, FailureFeatures.COMFORT_TOP_C);
            case FailureFeatures.OVERLOAD_HOURS -> String.format(Locale.ROOT,
                    "%.2f h above the drive's %.1f kW rating (4 h memory)", value, FailureFeatures.OVERLOAD_KW);
            case FailureFeatures.VIBRATION_EXCESS -> String.format(Locale.ROOT,
                    "vibration while cutting %.2f Hz above what load and tool wear explain (bearing damage)", value);
            case FailureFeatures.VIBRATION_GROWTH -> String.format(Locale.ROOT,
                    "vibration while cutting rising: last 30 min %+.2f Hz against the last 6 h", value);
            case FailureFeatures.TOOL_WEAR -> String.format(Locale.ROOT,
                    "tool wear %.2f of its life from what cutting adds to the vibration (breakage hazard grows"
                            + " exponentially with it)", value);
            case FailureFeatures.BEARING_DAMAGE -> String.format(Locale.ROOT,
                    "bearing damage %.2f from the vibration while cutting (seizure hazard grows exponentially with it)",
                    value);
            case FailureFeatures.COOLING_FOULING -> String.format(Locale.ROOT,
                    "coolant circuit fouling %.2f: the housing warms %.0f %% more per kW than with a clean circuit"
                            + " (failure hazard grows exponentially with it)", value,
                    100 * CoolingFouling.FOULING_GAIN * value);
            default -> FailureFeatures.NAMES[feature];
        };
    }
}
