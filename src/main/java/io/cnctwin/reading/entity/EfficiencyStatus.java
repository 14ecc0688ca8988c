package io.cnctwin.reading.entity;

import java.util.Locale;

/** The data set's efficiency label. */
public enum EfficiencyStatus {
    HIGH("High"), MEDIUM("Medium"), LOW("Low");

    private final String label;

    EfficiencyStatus(String label) {
        this.label = label;
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
