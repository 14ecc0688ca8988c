package io.cnctwin.connect.control;

/** A connector's settings cannot work; the message says which one and why (a 400 problem, or FAILED at start). */
public class InvalidSettings extends IllegalArgumentException {

    public InvalidSettings(String message) {
        super(message);
    }
}
