package io.cnctwin.connect.entity;

import java.time.LocalDateTime;

/**
 * One observation of an MTConnect streams document: the data item (by id), when (UTC), its sequence and value
 * ({@code UNAVAILABLE} as the agent sends it). For a Condition, {@code level} is Normal, Warning, Fault or
 * Unavailable, with the controller's {@code nativeCode} and {@code nativeSeverity} and the text as {@code value}; null
 * otherwise.
 */
public record MtcObservation(String device, String dataItemId, LocalDateTime timestamp, long sequence, String value,
                             String level, String nativeCode, String nativeSeverity) {

    public static final String UNAVAILABLE = "UNAVAILABLE";

    public boolean condition() {
        return level != null;
    }
}
