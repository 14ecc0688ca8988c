package io.cnctwin.presence.entity;

/**
 * Since when the twin has been up without a break ({@code upSinceMs}) and when its last break began ({@code downAtMs},
 * null when none was seen), epoch ms; both null before the leader's first heartbeat.
 */
public record UpTime(Long upSinceMs, Long downAtMs) {
}
