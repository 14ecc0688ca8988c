package io.cnctwin.auth.control;

import io.cnctwin.auth.entity.User;
import io.cnctwin.platform.boundary.AuditLog;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * One login attempt, the same way for every name: counted first ({@link LoginGuard}), then one password hash
 * whatever the account (unknown, disabled, locked elsewhere), then booked and audited. A refusal (429) looks the same
 * for real and unknown names, since both are counted alike.
 */
@ApplicationScoped
public class LoginCheck {

    @Inject
    LoginGuard guard;
    @Inject
    Accounts accounts;
    @Inject
    AuditLog audit;

    public Result attempt(String username, char[] password, String address) {
        try {
            guard.prepare(username, address);
        } catch (EJBException createdInParallel) {
            // another attempt created the same counter first: it exists now, which is all this step is for
        }
        LoginGuard.Attempt attempt = guard.begin(username, address);
        String from = "address/" + address;
        if (attempt.refused()) {
            audit.record(username, "login.refused", from,
                    attempt.refusal().byAddress() ? "address blocked" : "account locked for this address");
            return new Result(Optional.empty(), attempt.refusal().retryAfter());
        }
        Optional<User> user = accounts.verifyPassword(username, password);
        if (user.isPresent()) {
            guard.succeeded(username, address);
            audit.record(username, "login.succeeded", from, null);
            return new Result(user, Duration.ZERO);
        }
        audit.record(username, "login.failed", from, null);
        if (attempt.locksIfWrong()) {
            audit.record(username, "login.locked", from, "account locked for this address");
        }
        return new Result(Optional.empty(), Duration.ZERO);
    }

    /** The account when the password was right; else how long to wait (zero: just a wrong password). */
    public record Result(Optional<User> user, Duration retryAfter) {
        public boolean refused() {
            return !retryAfter.isZero();
        }
    }
}
