package io.cnctwin.reading.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path for the data set's spelling reads exactly what the formatters read, and leaves every other case to them. */
class PlainTimestampTest {

    @Test
    void everyValidInstantReadsAsTheFormattersReadIt() {
        Random random = new Random(22);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime t = LocalDateTime.of(1970 + random.nextInt(130), 1 + random.nextInt(12), 1, random.nextInt(24),
                    random.nextInt(60), random.nextInt(60)).plusDays(random.nextInt(31));
            String text = String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                    t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
            LocalDateTime fast = Timestamps.plainSeconds(text);
            assertNotNull(fast, text);
            assertEquals(Timestamps.formatted(text), fast, text);
            assertEquals(t, fast, text);
        }
    }

    @Test
    void leapDaysAndMonthEndsAreRead() {
        assertEquals(LocalDateTime.of(2024, 2, 29, 23, 59, 59), Timestamps.plainSeconds("2024-02-29 23:59:59"));
        assertEquals(LocalDateTime.of(2025, 12, 31, 0, 0, 0), Timestamps.plainSeconds("2025-12-31 00:00:00"));
    }

    @Test
    void fieldsOutOfTheirRangeAreLeftToTheFormatters() {
        for (String odd : new String[] {"2025-02-29 00:00:00", "2025-02-30 12:00:00", "2024-04-31 00:00:00",
            "2024-01-01 24:00:00", "2024-01-01 23:60:00", "2024-01-01 23:59:60", "2024-13-01 00:00:00",
            "2024-00-10 00:00:00", "2024-01-00 00:00:00"}) {
            assertNull(Timestamps.plainSeconds(odd), odd);
            // and parse gives what the formatters give, a value or the refusal
            LocalDateTime formatted;
            try {
                formatted = Timestamps.formatted(odd);
            } catch (IllegalArgumentException e) {
                assertThrows(IllegalArgumentException.class, () -> Timestamps.parse(odd), odd);
                continue;
            }
            assertEquals(formatted, Timestamps.parse(odd), odd);
        }
    }

    @Test
    void otherSpellingsAndNonDigitsAreNotTheFastPaths() {
        for (String other : new String[] {"2024-01-01T00:00:00", "2024-01-01 00:00", "01-01-2024 00:00:00",
            "2024-01-01 00:00:00.5", "2024-0a-01 00:00:00", "+024-01-01 00:00:00", "２０２４-01-01 00:00:00",
            "2024/01/01 00:00:00", ""}) {
            assertNull(Timestamps.plainSeconds(other), other);
        }
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), Timestamps.parse("2024-01-01T00:00:00"));
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 500_000_000), Timestamps.parse("2024-01-01 00:00:00.5"));
    }
}
