package io.cnctwin.reading.entity;

import java.util.Locale;

/** What the machine was doing when the reading was taken, as the data set names it. */
public enum OperationMode {
    ACTIVE("Active"), IDLE("Idle"), MAINTENANCE("Maintenance");

    private final String label;

    OperationMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the data set's label, case-insensitively; throws IllegalArgumentException for anything else. */
    public static OperationMode fromLabel(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (OperationMode mode : values()) {
            if (mode.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown operation mode '" + text + "' (expected Active, Idle or Maintenance)");
    }
}
