package io.cnctwin.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every page and API answer: the dashboard loads nothing but its own files (a strict Content
 * Security Policy: no inline script or style, no other origins, connections to its own origin and WebSocket only),
 * is never framed, leaks no referrer, and over HTTPS tells the browser to stay on HTTPS (HSTS); API answers
 * are not cached, since they carry fleet data for one authenticated user.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'%s; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9.\\[\\]:-]{1,255}");

    /**
     * The policy for a page served to {@code host}: connections to the page's own origin only ('self'), and its
     * WebSocket URL (ws: over HTTP, wss: over HTTPS; older browsers do not count it as 'self'). A Host header that
     * is no host name adds nothing.
     */
    static String csp(String host, boolean secure) {
        boolean valid = host != null && HOST.matcher(host).matches();
        return String.format(CSP, valid ? (secure ? " wss://" : " ws://") + host : "");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", csp(request.getHeader("Host"), request.isSecure()));
        if (request.isSecure()) {
            // only over HTTPS: a browser ignores it over HTTP, and a test or plain-HTTP install must not be pinned
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
