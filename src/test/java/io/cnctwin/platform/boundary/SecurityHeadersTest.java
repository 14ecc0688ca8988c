package io.cnctwin.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
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
    void hstsOnlyOverHttps() throws Exception {
        assertEquals(SecurityHeaders.HSTS, headers(true).get("Strict-Transport-Security"));
        assertFalse(headers(false).containsKey("Strict-Transport-Security"), "plain HTTP: a browser would ignore it");
        assertTrue(headers(true).get("Content-Security-Policy").contains("wss://twin.example"));
    }

    private static Map<String, String> headers(boolean secure) throws Exception {
        Map<String, String> set = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getHeader" -> "Host".equals(args[0]) ? "twin.example" : null;
                    case "getRequestURI" -> "/index.html";
                    case "getContextPath" -> "";
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        set.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        new SecurityHeaders().doFilter(request, response, (req, res) -> { });
        return set;
    }

    @Test
    void aHostHeaderThatIsNoHostNameAddsNothing() {
        String policy = SecurityHeaders.csp("evil.example; script-src *", false);
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertTrue(SecurityHeaders.csp(null, false).contains("connect-src 'self';"));
    }
}
