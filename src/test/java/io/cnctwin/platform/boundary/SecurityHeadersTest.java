package io.cnctwin.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 20, item 11: the page may connect to its own origin and its own WebSocket only. */
class SecurityHeadersTest {

    @Test
    void connectSrcIsTheOwnOriginAndTheMatchingWebSocketUrl() {
        String plain = SecurityHeaders.csp("twin.example:8080", false);
        assertTrue(plain.contains("connect-src 'self' ws://twin.example:8080;"), plain);
        String tls = SecurityHeaders.csp("twin.example", true);
        assertTrue(tls.contains("connect-src 'self' wss://twin.example;"), tls);
        assertFalse(tls.contains(" ws: ") || tls.contains(" wss: ") || tls.contains("wss:;"), "no scheme-wide wildcard: " + tls);
    }

    @Test
    void aHostHeaderThatIsNoHostNameAddsNothing() {
        String policy = SecurityHeaders.csp("evil.example; script-src *", false);
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertTrue(SecurityHeaders.csp(null, false).contains("connect-src 'self';"));
    }
}
