package io.cnctwin.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
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

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-01-01", "2024-01-01 00:00:00", "2024-02-30T00:00:00Z", "1704067200"})
    void aMalformedValueIsRejectedAsA400Problem(String value) {
        Throwable thrown = assertThrows(Throwable.class, () -> TimeParameters.utc("from", value, FALLBACK));
        if (!runtimeDelegateAvailable()) {
            // building the 400 response needs a JAX-RS implementation, which only the server provides
            assertTrue(mentionsRuntimeDelegate(thrown), "expected to fail only at building the response: " + thrown);
            assumeTrue(false, "no JAX-RS RuntimeDelegate on the test classpath: parsing rejected '" + value
                    + "', the 400 problem response is not checked here");
        }
        Response response = assertInstanceOf(WebApplicationException.class, thrown).getResponse();
        assertEquals(400, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertTrue(problem.detail().contains("'from'"), problem.detail());
    }

    private static boolean runtimeDelegateAvailable() {
        try {
            return RuntimeDelegate.getInstance() != null;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean mentionsRuntimeDelegate(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("RuntimeDelegate") || t instanceof NoClassDefFoundError
                    && String.valueOf(t.getMessage()).contains("Problem")) {
                return true;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().contains("RuntimeDelegate")) {
                    return true;
                }
            }
        }
        return false;
    }
}
