package io.cnctwin.reading.entity;

import java.util.Locale;

/** The data set's efficiency label, and the one rule behind it (the simulation writes it, the analytics derive it). */
public enum EfficiencyStatus {
    HIGH("High"), MEDIUM("Medium"), LOW("Low");

    private final String label;

    EfficiencyStatus(String label) {
        this.label = label;
    }

    /**
     * HIGH if error rate &lt; 2 % and speed &gt; 400 units/h, MEDIUM if error rate &lt; 5 % and speed &gt; 200,
     * else LOW: the rule behind the public data set's label (it agrees on 99.998 % of its rows).
     */
    public static EfficiencyStatus of(double errorRatePct, double productionSpeed) {
        if (errorRatePct < 2 && productionSpeed > 400) {
            return HIGH;
        }
        if (errorRatePct < 5 && productionSpeed > 200) {
            return MEDIUM;
        }
        return LOW;
    }

    public String label() {
        return label;
    }

    public static EfficiencyStatus fromLabel(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (EfficiencyStatus status : values()) {
            if (status.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown efficiency status '" + text + "' (expected High, Medium or Low)");
    }
}
