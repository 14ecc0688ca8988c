/**
 * Simulation: a physically plausible, deterministic model of a fleet of CNC milling machines that writes data sets
 * in the public file's header and plays fault scenarios on a running fleet. Plain Java, no Jakarta EE. Uses: reading.
 *
 * <h2>Operations</h2>
 * <ul>
 *   <li>{@code control.FleetModel#next(LocalDateTime)}: advance every machine to an instant and return one
 *       {@code reading.entity.Reading} per machine, ordered by machine id.</li>
 *   <li>{@code control.FleetModel#inject(int, FaultKind, Duration, LocalDateTime)}: play a fault on a machine by
 *       changing its physical parameters; the episode is recorded in {@code groundTruth()}.</li>
 *   <li>{@code control.FaultPlanner#plan}: draw random fault episodes for a generated data set.</li>
 *   <li>{@code boundary.FleetGenerator}: command line that writes {@code data/fleet.csv.gz} and
 *       {@code data/fleet.ground-truth.csv} (see data/README.md for the equations and constants).</li>
 * </ul>
 *
 * <h2>Requirements</h2>
 * <ol>
 *   <li>Operation modes Active / Idle / Maintenance in stretches of realistic length, about 70 / 20 / 10 % of time.</li>
 *   <li>Spindle load drives power; power drives a first-order thermal model stepped with its exact solution.</li>
 *   <li>Tool wear grows with cutting, is reset by maintenance, and drives vibration, errors and defects.</li>
 *   <li>Error and defect rates rise with temperature above a comfort band, with wear and with network trouble;
 *       production speed falls with errors; Efficiency_Status follows the public file's rule on the written values.</li>
 *   <li>Network latency and loss have congestion episodes shared by the machines of a segment (10 machines).</li>
 *   <li>Every output stays inside the public file's value range; the predictive maintenance score is 0..1 where
 *       higher means more need of maintenance.</li>
 *   <li>Faults OVERHEAT, TOOL_WEAR, POWER_SPIKE, POWER_DROP, NETWORK_CONGESTION, SENSOR_DRIFT bend parameters, never
 *       paste values, and each is recorded as ground truth (Machine_ID,Kind,Start,End; UTC).</li>
 *   <li>The same seed and the same calls give the same rows, byte for byte.</li>
 * </ol>
 *
 * <h2>Out of scope</h2>
 * Replaying files, storing readings and detecting faults (replay, telemetry, analytics); real machine protocols
 * (MTConnect, OPC UA); the public Kaggle file, which the twin reads unchanged.
 */
package io.cnctwin.simulation;
