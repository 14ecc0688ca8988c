package io.cnctwin.cluster.control;

import jakarta.ejb.ApplicationException;

/** The fencing check failed: this node no longer holds the leader lock, so its replay write must not commit. */
@ApplicationException(rollback = true)
public class NotLeaderException extends RuntimeException {

    public NotLeaderException(String message) {
        super(message);
    }
}
