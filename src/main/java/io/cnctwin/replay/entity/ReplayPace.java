package io.cnctwin.replay.entity;

import java.util.Locale;

/**
 * How fast the replay goes. {@code STEP}: each tick takes the next data instant of the whole fleet (one row per
 * machine), so every machine gets its next reading every tick; {@code FACTOR}: data time runs {@code value} times as
 * fast as wall time (1 = real time); {@code ROWS}: each tick takes {@code value} rows, whatever their data time (for
 * scripts and catch-up).
 */
public record ReplayPace(Kind kind, double value) {

    public enum Kind { STEP, FACTOR, ROWS }

    public static final double MAX_FACTOR = 10_000;

    public static ReplayPace step() {
        return new ReplayPace(Kind.STEP, 1);
    }

    public static ReplayPace factor(double factor) {
        if (!(factor > 0) || factor > MAX_FACTOR) {
            throw new IllegalArgumentException("a speed factor must be above 0 and at most " + (long) MAX_FACTOR);
        }
        return new ReplayPace(Kind.FACTOR, factor);
    }

    public static ReplayPace rows(long rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows per tick must be at least 1");
        }
        return new ReplayPace(Kind.ROWS, rows);
    }

    public long rowsPerTick() {
        return kind == Kind.ROWS ? (long) value : 0;
    }

    /** The speed factor set, or null unless the pace is a factor. */
    public Double factor() {
        return kind == Kind.FACTOR ? value : null;
    }

    /** The form kept in the database and read from configuration: {@code step}, {@code x60}, {@code rows:500}. */
    public String text() {
        return switch (kind) {
            case STEP -> "step";
            case FACTOR -> "x" + (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
            case ROWS -> "rows:" + (long) value;
        };
    }

    /** Reads {@link #text()}; a bare number is a factor. */
    public static ReplayPace parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.equals("step")) {
                return step();
            }
            if (t.startsWith("rows:")) {
                return rows(Long.parseLong(t.substring(5)));
            }
            return factor(Double.parseDouble(t.startsWith("x") ? t.substring(1) : t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a replay pace: '" + text + "' (step, x<factor> or rows:<n>)", e);
        }
    }
}
