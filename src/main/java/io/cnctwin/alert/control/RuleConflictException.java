package io.cnctwin.alert.control;

import jakarta.ejb.ApplicationException;

/** A rule change that clashes with what is stored: a second rule for the same (metric, machine), or a stale version. */
@ApplicationException(rollback = true)
public class RuleConflictException extends RuntimeException {

    public RuleConflictException(String message) {
        super(message);
    }
}
