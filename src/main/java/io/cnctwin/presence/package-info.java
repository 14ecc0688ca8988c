/**
 * Presence: each machine's connection health, one notion for the whole twin. A machine is OFFLINE when its source
 * sent nothing for longer than its expected interval ({@code twin.connection.offline-after}, else
 * {@code twin.connection.offline-factor} (3) times its usual interval between arrivals, at least
 * {@code twin.connection.minimum-silence}), whatever that source is, distinct from a machine that reports it stopped.
 * <p>
 * Boundary: {@code MachinePresences} (the decision, read by {@code fleet} for the machines' status and by
 * {@code connect} for {@code GET connections}), {@code OfflineMonitor} (on the leader: raises and clears the
 * machine_offline alerts), {@code PresenceClock} (since when the twin has been up).
 * <p>
 * Uses: machine (the machines table keeps each machine's last arrival, usual interval and source), alert (its
 * {@code EventAlerts}), cluster (who leads).
 * <p>
 * Requirements: (1) the decision reads only what every node reads alike (the machines table and the presence clock):
 * the same answer from any node; (2) a restart of the twin does not change its machines' connection: live sources
 * that were fine when it went down are given their expected interval from the twin's start (one OFFLINE before stays
 * so), and the replay's machines are judged on the replay's own data time (a paused or finished replay freezes them); (3) one machine_offline alert per episode, raised when the machine goes
 * OFFLINE, cleared when its readings come back; (4) the state history keeps the episodes (the timeline shows the
 * alert's span as OFFLINE).
 * <p>
 * Out of scope: an expected interval per machine (one setting for the fleet; a machine's rule override can silence its
 * alert).
 */
package io.cnctwin.presence;
