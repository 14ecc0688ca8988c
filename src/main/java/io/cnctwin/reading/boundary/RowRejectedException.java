package io.cnctwin.reading.boundary;

/** A CSV row or posted reading that cannot be accepted; the message says why, for people. */
public class RowRejectedException extends Exception {

    public RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
