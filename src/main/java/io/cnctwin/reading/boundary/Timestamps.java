package io.cnctwin.reading.boundary;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;

/** The timestamp spellings found in the data set and its re-exports; all are taken as UTC. */
public final class Timestamps {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            // seconds, or a fraction of them as our exports write when a reading has one
            new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart()
                    .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().toFormatter(),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss"),
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private Timestamps() {
    }

    public static LocalDateTime parse(String text) {
        String value = text.strip();
        LocalDateTime plain = plainSeconds(value);
        if (plain != null) {
            return plain;
        }
        return formatted(value);
    }

    /** What the formatters read, for every spelling; {@link #parse} goes here when the fast path does not apply. */
    static LocalDateTime formatted(String value) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDateTime.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Timestamp '" + CsvReadingParser.abbreviate(value)
                    + "' is not yyyy-MM-dd HH:mm:ss, dd-MM-yyyy HH:mm or ISO-8601");
        }
    }

    /**
     * The data set's own spelling, {@code yyyy-MM-dd HH:mm:ss}, read digit by digit: through the formatters it was 5.7 %
     * of the server's CPU in a catch-up replay (issue 22). Null for anything else, and for a field out of its everyday
     * range (a 30 February, an hour 24), which the formatters resolve their own way.
     */
    static LocalDateTime plainSeconds(String v) {
        if (v.length() != 19 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != ' ' || v.charAt(13) != ':'
                || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The number written by {@code count} ASCII digits at {@code from}; -1 if one of them is not a digit. */
    private static int digits(String v, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
