/**
 * Twin: the in-memory twin of every machine ({@code MachineTwins}, {@code MachineTwin}): its newest reading,
 * indicators, status and incremental analytics, as a {@code MachineSnapshot}; and {@code StatusAt}, the one rule by
 * which a status follows from a reading's mode and the worst open alert, live and at a past instant.
 * <p>
 * Uses: analytics, alert (severities), machine, reading. Fed by the pipeline; read by fleet, live and the replay.
 * <p>
 * Requirements: (1) a twin changes only with a committed reading (the pipeline calls it after its commit);
 * (2) a status at a past instant is derived exactly as the live one.
 */
package io.cnctwin.twin;
