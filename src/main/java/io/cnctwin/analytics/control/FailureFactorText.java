package io.cnctwin.analytics.control;

/** The sentence that says what a failure feature's value means, for a factor of the failure probability. */
final class FailureFactorText {

    private FailureFactorText() {
    }

    static String explain(int feature, double value) {
        // Decimals, not String.format: every reading explains its factors, and formatting was most of a reading's cost
        return switch (feature) {
            case FailureFeatures.CUTTING_HOURS -> d1(value) + " h of cutting since the last maintenance (tool wear)";
            case FailureFeatures.IDLE_VIBRATION -> "vibration at idle " + d2(value) + " Hz above a sound spindle's (bearing damage)";
            case FailureFeatures.THERMAL_RESISTANCE -> "housing " + d2(value) + " K per kW above coolant (cooling efficiency)";
            case FailureFeatures.HEAT_HOURS -> d1(value) + " h above the " + Decimals.fixed(FailureFeatures.COMFORT_TOP_C, 0)
                    + " °C comfort band (24 h memory)";
            case FailureFeatures.OVERLOAD_HOURS -> d2(value) + " h above the drive's " + d1(FailureFeatures.OVERLOAD_KW)
                    + " kW rating (4 h memory)";
            case FailureFeatures.VIBRATION_EXCESS -> "vibration while cutting " + d2(value)
                    + " Hz above what load and tool wear explain (bearing damage)";
            case FailureFeatures.VIBRATION_GROWTH -> "vibration while cutting rising: last 30 min " + signed(value)
                    + " Hz against the last 6 h";
            case FailureFeatures.TOOL_WEAR -> "tool wear " + d2(value) + " of its life from what cutting adds to the vibration"
                    + " (breakage hazard grows exponentially with it)";
            case FailureFeatures.BEARING_DAMAGE -> "bearing damage " + d2(value)
                    + " from the vibration while cutting (seizure hazard grows exponentially with it)";
            case FailureFeatures.COOLING_FOULING -> "coolant circuit fouling " + d2(value) + ": the housing warms "
                    + Decimals.fixed(100 * CoolingFouling.FOULING_GAIN * value, 0)
                    + " % more per kW than with a clean circuit (failure hazard grows exponentially with it)";
            default -> FailureFeatures.NAMES[feature];
        };
    }

    private static String d1(double value) {
        return Decimals.fixed(value, 1);
    }

    private static String d2(double value) {
        return Decimals.fixed(value, 2);
    }

    /** As {@code %+.2f}: a plus sign unless the rounded value is negative. */
    private static String signed(double value) {
        String text = Decimals.fixed(value, 2);
        return text.startsWith("-") ? text : "+" + text;
    }
}
