package io.cnctwin.analytics.entity;

import java.time.Instant;
import java.time.LocalDate;

/** OEE of one shift: the day it began on, its number that day (1 = the earliest start), its UTC span. */
public record ShiftOee(LocalDate day, int shift, Instant start, Instant end, OeeView oee) {
}
