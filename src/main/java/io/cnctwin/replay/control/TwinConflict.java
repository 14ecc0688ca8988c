package io.cnctwin.replay.control;

import jakarta.ejb.ApplicationException;

/** A control request the twin cannot follow in its current state (e.g. seeking the live simulation): 409 for the client. */
@ApplicationException
public class TwinConflict extends RuntimeException {

    public TwinConflict(String message) {
        super(message);
    }
}
