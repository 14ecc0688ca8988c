package io.cnctwin.platform.control;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which other origins may call the API from a browser (CORS). Off unless configured: with no origins it allows none
 * and adds no header. Origins match exactly (scheme, host and port, e.g. {@code https://mes.example.com}); there is
 * no wildcard and no credentials flag, since the API authenticates with bearer tokens, not cookies.
 */
public class CorsPolicy {

    static final String METHODS = "GET, POST, PUT, DELETE, PATCH";
    static final String REQUEST_HEADERS = "Authorization, Content-Type, Accept";
    static final String EXPOSED_HEADERS = "Location, Retry-After, WWW-Authenticate";
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    public CorsPolicy(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** From a comma-separated list; blanks and trailing slashes are ignored. */
    public static CorsPolicy parse(String commaSeparated) {
        return new CorsPolicy(Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
                .map(String::strip).map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .filter(o -> !o.isEmpty()).collect(Collectors.toSet()));
    }

    public boolean isEnabled() {
        return !origins.isEmpty();
    }

    public boolean allows(String origin) {
        return origin != null && origins.contains(origin);
    }

    /** The headers for a request from {@code origin}: none for an origin not allowed. */
    public Map<String, String> headers(String origin, boolean preflight) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!allows(origin)) {
            return headers;
        }
        headers.put("Access-Control-Allow-Origin", origin);
        if (preflight) {
            headers.put("Access-Control-Allow-Methods", METHODS);
            headers.put("Access-Control-Allow-Headers", REQUEST_HEADERS);
            headers.put("Access-Control-Max-Age", MAX_AGE_SECONDS);
        } else {
            headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        return headers;
    }
}
