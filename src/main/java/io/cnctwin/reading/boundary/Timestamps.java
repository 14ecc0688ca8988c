package io.cnctwin.reading.boundary;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
}
