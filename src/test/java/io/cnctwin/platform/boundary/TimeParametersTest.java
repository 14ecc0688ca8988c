package io.cnctwin.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeParametersTest {

    static final LocalDateTime FALLBACK = LocalDateTime.of(2000, 1, 1, 0, 0);

    @Test
    void readsIsoWithZ() {
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), TimeParameters.utc("from", "2024-01-01T00:00:00Z", FALLBACK));
    }

    @Test
    void readsIsoWithAnOffsetAsTheSameInstantInUtc() {
        assertEquals(LocalDateTime.of(2023, 12, 31, 22, 30), TimeParameters.utc("from", "2024-01-01T00:30:00+02:00", FALLBACK));
        assertEquals(LocalDateTime.of(2024, 1, 1, 5, 0), TimeParameters.utc("to", "2024-01-01T00:00-05:00", FALLBACK));
    }

    @Test
    void readsIsoWithoutZoneAsUtc() {
        assertEquals(LocalDateTime.of(2024, 1, 1, 12, 34, 56), TimeParameters.utc("from", "2024-01-01T12:34:56", FALLBACK));
        assertEquals(LocalDateTime.of(2024, 1, 1, 12, 34), TimeParameters.utc("from", "2024-01-01T12:34", FALLBACK));
    }

    @Test
    void anAbsentOrBlankValueGivesTheFallback() {
        assertEquals(FALLBACK, TimeParameters.utc("from", null, FALLBACK));
        assertEquals(FALLBACK, TimeParameters.utc("from", "", FALLBACK));
        assertEquals(FALLBACK, TimeParameters.utc("from", "  ", FALLBACK));
        assertNull(TimeParameters.utc("from", null, null));
    }

    @Test
    void writesUtcAsIsoWithZ() {
        assertEquals("2024-01-01T00:00Z", TimeParameters.iso(LocalDateTime.of(2024, 1, 1, 0, 0)));
        assertEquals("2024-01-01T00:00:05Z", TimeParameters.iso(LocalDateTime.of(2024, 1, 1, 0, 0, 5)));
        assertNull(TimeParameters.iso(null));
    }

    @Test
    void isoRoundTrips() {
        LocalDateTime time = LocalDateTime.of(2024, 3, 10, 10, 39, 7);
        assertEquals(time, TimeParameters.utc("from", TimeParameters.iso(time), FALLBACK));
    }

    // the 400 problem response itself is checked on the server (TwinSystemIT: readings?from=yesterday)
    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-01-01", "2024-01-01 00:00:00", "2024-02-30T00:00:00Z", "1704067200"})
    void aMalformedValueIsNotAnInstant(String value) {
        assertTrue(TimeParameters.parse(value).isEmpty(), value);
    }
}
