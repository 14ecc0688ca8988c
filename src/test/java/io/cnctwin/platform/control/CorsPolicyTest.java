package io.cnctwin.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    CorsPolicy cut = CorsPolicy.parse(" https://mes.example.com/ , http://localhost:3000,,");

    @Test
    void offUnlessConfigured() {
        CorsPolicy off = CorsPolicy.parse("");
        assertFalse(off.isEnabled());
        assertEquals(Map.of(), off.headers("https://mes.example.com", false));
        assertFalse(CorsPolicy.parse(null).isEnabled());
    }

    @Test
    void aConfiguredOriginGetsItsOwnOriginBackAndTheHeadersItMayRead() {
        Map<String, String> headers = cut.headers("https://mes.example.com", false);
        assertEquals("https://mes.example.com", headers.get("Access-Control-Allow-Origin"));
        assertTrue(headers.get("Access-Control-Expose-Headers").contains("Retry-After"));
        assertFalse(headers.containsKey("Access-Control-Allow-Credentials"), "bearer tokens, no cookies");
    }

    @Test
    void aPreflightOfAConfiguredOriginNamesMethodsHeadersAndMaxAge() {
        Map<String, String> headers = cut.headers("http://localhost:3000", true);
        assertEquals("http://localhost:3000", headers.get("Access-Control-Allow-Origin"));
        assertTrue(headers.get("Access-Control-Allow-Methods").contains("DELETE"));
        assertTrue(headers.get("Access-Control-Allow-Headers").contains("Authorization"));
        assertEquals("600", headers.get("Access-Control-Max-Age"));
    }

    @Test
    void otherOriginsGetNoHeaderAtAll() {
        assertEquals(Map.of(), cut.headers("https://evil.example", true));
        assertEquals(Map.of(), cut.headers("https://mes.example.com.evil.example", false));
        assertEquals(Map.of(), cut.headers("http://mes.example.com", false), "the scheme counts");
        assertEquals(Map.of(), cut.headers(null, false));
        assertFalse(cut.allows("null"));
    }
}
