package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.TokenService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The token service {@link SigningKeys} built last (at start, and after each rotation or key change), for the check of
 * every request: asking the singleton EJB each time began a transaction, an authorization and its interceptors, about
 * a tenth of a trivial call's CPU.
 */
@ApplicationScoped
public class CurrentTokens {

    private volatile TokenService tokens;

    void set(TokenService current) {
        tokens = current;
    }

    /** The current token service; null before the signing keys are loaded. */
    public TokenService get() {
        return tokens;
    }
}
