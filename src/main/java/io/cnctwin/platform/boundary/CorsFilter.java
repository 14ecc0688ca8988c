package io.cnctwin.platform.boundary;

import io.cnctwin.platform.control.CorsPolicy;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the API, off unless {@code http.cors.allowed-origins} lists origins (see {@link CorsPolicy}). An allowed
 * origin's preflight is answered here (204) before authentication, since browsers send it without the token.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CorsFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "http.cors.allowed-origins")
    Optional<String> allowedOrigins;

    private CorsPolicy policy;

    @Override
    public void init() {
        policy = CorsPolicy.parse(allowedOrigins.orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!policy.isEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Origin");
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
        policy.headers(origin, preflight).forEach(response::setHeader);
        if (preflight && policy.allows(origin)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
