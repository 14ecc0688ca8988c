package io.cnctwin.analytics.entity;

import java.time.LocalDateTime;

/** A failure in a ground truth: machine, kind, when it stopped and when it was back in service (UTC). */
public record FailureLabel(int machineId, String kind, LocalDateTime at, LocalDateTime repaired) {
}
