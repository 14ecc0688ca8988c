package io.cnctwin.it;

/**
 * How the integration classes of one failsafe execution share the 2-core machine (junit-platform.properties enables
 * the parallel executor; a class runs in the one sequence, in {@code @Order} order, unless it says otherwise):
 * <ol>
 * <li>the sequence: the classes on the shared server ({@link SharedServer}), then the classes that time the machine
 * (a takeover within 2 s, the twin's pace beside a stalled client), which stop the shared server first and hold
 * {@link #TIMED} alone;</li>
 * <li>beside the sequence, one at a time ({@link #BESIDE}), the classes with a server of their own that nothing times
 * (the Arquillian deployment, a legacy database upgraded, a replay killed and resumed, the history API on a paused
 * twin): most of their time is a server starting or a replay waited for, which the sequence's tests fill;</li>
 * <li>DatabaseOutageIT, timed but mostly a 30 s wait, beside both, never beside the timed classes.</li>
 * </ol>
 */
final class Schedule {

    /** Held exclusively (READ_WRITE) by the timed classes, shared (READ) by those that must never run beside them. */
    static final String TIMED = "machine-timed";
    /** Held by the classes that run beside the sequence: one of them at a time. */
    static final String BESIDE = "own-server-beside-the-sequence";

    private Schedule() {
    }
}
