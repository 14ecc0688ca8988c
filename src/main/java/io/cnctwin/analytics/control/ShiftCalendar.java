package io.cnctwin.analytics.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plant's shifts: the UTC times of day at which each shift begins (e.g. 06:00, 14:00, 22:00); each shift lasts
 * until the next begins, the last one past midnight into the next day. A shift belongs to the day it begins on and
 * is numbered 1..n from the earliest start of the day, so the night shift 22:00-06:00 of 6 January is
 * (2025-01-06, shift 3) and a reading at 03:00 on 7 January falls in it.
 */
public class ShiftCalendar {

    /** Three eight-hour shifts from 06:00 UTC. */
    public static final String DEFAULT = "06:00,14:00,22:00";

    /** One shift of one day, with its UTC span [start, end). */
    public record Shift(LocalDate day, int number, LocalDateTime start, LocalDateTime end) implements Comparable<Shift> {
        @Override
        public int compareTo(Shift other) {
            return start.compareTo(other.start);
        }
    }

    private final LocalTime[] starts;

    /** @param starts the shifts' start times, in any order, at least one, no two alike */
    public ShiftCalendar(List<LocalTime> starts) {
        this.starts = starts.stream().sorted().distinct().toArray(LocalTime[]::new);
        if (this.starts.length == 0 || this.starts.length != starts.size()) {
            throw new IllegalArgumentException("shift starts must be one or more distinct times of day, got " + starts);
        }
    }

    /** Parses comma-separated times of day, {@code HH:mm}: {@code "06:00,14:00,22:00"}. */
    public static ShiftCalendar parse(String starts) {
        List<LocalTime> times = new ArrayList<>();
        try {
            for (String part : starts.split(",")) {
                times.add(LocalTime.parse(part.strip()));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("shift starts must be times of day like 06:00,14:00,22:00, got '"
                    + starts + "'", e);
        }
        return new ShiftCalendar(times);
    }

    /** The shift {@code at} (UTC) falls in. O(log n) in the number of shifts. */
    public Shift shiftOf(LocalDateTime at) {
        LocalTime time = at.toLocalTime();
        int index = Arrays.binarySearch(starts, time);
        if (index < 0) {
            index = -index - 2; // the last start before time; -1: before the first start of the day
        }
        LocalDate day = at.toLocalDate();
        if (index < 0) {
            index = starts.length - 1;
            day = day.minusDays(1);
        }
        LocalDateTime start = day.atTime(starts[index]);
        LocalDateTime end = index + 1 < starts.length ? day.atTime(starts[index + 1]) : day.plusDays(1).atTime(starts[0]);
        return new Shift(day, index + 1, start, end);
    }

    public List<LocalTime> starts() {
        return List.of(starts);
    }
}
