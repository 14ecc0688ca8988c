package io.cnctwin.analytics.entity;

import java.time.LocalDate;

/** OEE of one UTC day. */
public record DailyOee(LocalDate day, OeeView oee) {
}
