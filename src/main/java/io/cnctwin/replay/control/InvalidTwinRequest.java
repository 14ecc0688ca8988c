package io.cnctwin.replay.control;

import jakarta.ejb.ApplicationException;

/** A control request with arguments the twin cannot use (e.g. a machine the simulation does not have): 400 for the client. */
@ApplicationException
public class InvalidTwinRequest extends RuntimeException {

    public InvalidTwinRequest(String message) {
        super(message);
    }
}
