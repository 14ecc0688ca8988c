package io.cnctwin.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The filter in front of the API: preflights of allowed origins end here, everything else goes on unchanged. */
class CorsFilterTest {

    final Map<String, String> sent = new HashMap<>();
    int status = 200;
    boolean passedOn;

    @Test
    void withoutConfigurationNothingIsAddedAndEveryRequestGoesOn() throws Exception {
        filter(null).doFilter(request("OPTIONS", "https://mes.example.com", "GET"), response(), (q, r) -> passedOn = true);
        assertTrue(passedOn);
        assertTrue(sent.isEmpty(), sent.toString());
    }

    @Test
    void aPreflightOfAnAllowedOriginIsAnsweredHereWith204() throws Exception {
        filter("https://mes.example.com").doFilter(request("OPTIONS", "https://mes.example.com", "DELETE"), response(),
                (q, r) -> passedOn = true);
        assertFalse(passedOn, "the preflight carries no token: it must not reach the token filter");
        assertEquals(204, status);
        assertEquals("https://mes.example.com", sent.get("Access-Control-Allow-Origin"));
        assertTrue(sent.get("Access-Control-Allow-Headers").contains("Authorization"));
        assertEquals("Origin", sent.get("Vary"));
    }

    @Test
    void aRequestFromAnotherOriginGoesOnWithoutCorsHeaders() throws Exception {
        filter("https://mes.example.com").doFilter(request("OPTIONS", "https://evil.example", "GET"), response(),
                (q, r) -> passedOn = true);
        assertTrue(passedOn);
        assertNull(sent.get("Access-Control-Allow-Origin"));
    }

    @Test
    void anActualRequestOfAnAllowedOriginGoesOnWithItsOriginAllowed() throws Exception {
        filter("https://mes.example.com").doFilter(request("GET", "https://mes.example.com", null), response(),
                (q, r) -> passedOn = true);
        assertTrue(passedOn);
        assertEquals("https://mes.example.com", sent.get("Access-Control-Allow-Origin"));
        assertEquals(200, status);
    }

    private static CorsFilter filter(String origins) {
        CorsFilter cut = new CorsFilter();
        cut.allowedOrigins = Optional.ofNullable(origins);
        cut.init();
        return cut;
    }

    private static HttpServletRequest request(String method, String origin, String requestedMethod) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Origin", origin);
        headers.put("Access-Control-Request-Method", requestedMethod);
        return (HttpServletRequest) Proxy.newProxyInstance(CorsFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(CorsFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setHeader", "addHeader" -> sent.put((String) args[0], (String) args[1]);
                        case "setStatus" -> status = (Integer) args[0];
                        default -> {
                        }
                    }
                    return null;
                });
    }
}
