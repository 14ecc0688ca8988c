package io.cnctwin.live.control;

import java.util.Locale;

/**
 * How much of each reading a session receives: {@code FULL} (the default: every indicator with the factors that drove
 * it, what a machine's page explains) or {@code SUMMARY} (the scores and active conditions without the factors, what a
 * fleet view shows; about a third of the bytes). Alert, twin and import messages are the same for both.
 */
public enum LiveDetail {
    FULL, SUMMARY;

    /** The detail named {@code text} ("full" or "summary", any case), or null when it names neither. */
    public static LiveDetail named(String text) {
        String name = text.toUpperCase(Locale.ROOT);
        for (LiveDetail detail : values()) {
            if (detail.name().equals(name)) {
                return detail;
            }
        }
        return null;
    }
}
