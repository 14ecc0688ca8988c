package io.cnctwin.auth.boundary;

import io.cnctwin.auth.control.PasswordRules;
import io.cnctwin.platform.boundary.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Refuses a new password that breaks {@link PasswordRules} with a 400 naming the field and each broken rule. */
final class PasswordCheck {

    private static final PasswordRules RULES = new PasswordRules();

    private PasswordCheck() {
    }

    static void requireAcceptable(String field, String username, String password) {
        List<Problem.FieldError> errors = RULES.violations(username, password).stream()
                .map(message -> new Problem.FieldError(field, message)).toList();
        if (!errors.isEmpty()) {
            Problem problem = new Problem("about:blank", Response.Status.BAD_REQUEST.getReasonPhrase(), 400,
                    "The new password is not acceptable", null, errors);
            throw new WebApplicationException(problem.toResponse());
        }
    }
}
