package io.cnctwin.it;

/**
 * The one integration class that runs beside the others ({@link DatabaseOutageIT}: its own server and database, and
 * mostly a 30 s wait) takes this lock, and so do the classes that time the machine (a takeover within 2 s, the twin's
 * pace beside a stalled client): they never run at the same time. junit-platform.properties enables the parallel
 * executor; every other class keeps the default, one after another in {@code @Order} order.
 */
final class CpuSensitive {

    static final String LOCK = "cpu-sensitive-timing";

    private CpuSensitive() {
    }
}
