package io.cnctwin.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 20, item 11: X-Forwarded-For counts only when a configured trusted proxy sent it. */
class ClientAddressTest {

    final ClientAddress cut = new ClientAddress(List.of("10.0.0.5", " 10.0.0.6 "));

    @Test
    void aClientCannotChooseItsAddressByHeader() {
        assertEquals("203.0.113.9", cut.of("203.0.113.9", "1.2.3.4"));
        assertEquals("203.0.113.9", new ClientAddress(List.of("")).of("203.0.113.9", "1.2.3.4"));
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedHopIsTheClient() {
        assertEquals("198.51.100.7", cut.of("10.0.0.5", "198.51.100.7"));
        assertEquals("198.51.100.7", cut.of("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.0.0.6"), "the left entry is the client's own claim");
        assertEquals("2001:db8::1", cut.of("10.0.0.5", "2001:db8::1"));
    }

    @Test
    void garbageOrOnlyProxiesFallBackToThePeer() {
        assertEquals("10.0.0.5", cut.of("10.0.0.5", "not an address"));
        assertEquals("10.0.0.5", cut.of("10.0.0.5", "10.0.0.6"));
        assertEquals("10.0.0.5", cut.of("10.0.0.5", null));
    }
}
