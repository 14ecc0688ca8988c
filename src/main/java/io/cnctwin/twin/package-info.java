/**
 * Twin: the in-memory twin of every machine ({@code MachineTwins}, {@code MachineTwin}): its newest reading,
 * indicators, status and incremental analytics, as a {@code MachineSnapshot}; and {@code StatusAt}, the one rule by
 * which a status follows from a reading's mode and the worst open alert, live and at a past instant. Whether the twins
 * hold what the database does ({@code RestoreProgress}: not while they are restored at start or on a takeover), and
 * the JAX-RS filter that holds requests marked {@code @RestoredTwins} meanwhile (503 with Retry-After after 2 s).
 * <p>
 * Uses: analytics, alert (severities), machine, reading, platform (problem answers). Fed by the pipeline; read by
 * fleet, live and the replay, which restores it.
 * <p>
 * Requirements: (1) a twin changes only with a committed reading (the pipeline calls it after its commit);
 * (2) a status at a past instant is derived exactly as the live one.
 */
package io.cnctwin.twin;
