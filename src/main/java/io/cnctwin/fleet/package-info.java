/**
 * Fleet: the read side of the API, for dashboards and integrators: {@code GET machines}, {@code GET machines/{id}},
 * its readings ({@code latest}, keyset history, {@code aggregate}, {@code export}), {@code GET machines/{id}/state?at=},
 * {@code GET machines/{id}/indicators}, {@code GET machines/{id}/analytics}, {@code GET fleet/analytics},
 * {@code GET maintenance} (VIEWER); {@code POST machines/{id}/readings} is handed to ingest.
 * <p>
 * Uses: twin (the present, from memory), telemetry (history), pipeline (its events: {@code LatestReadings} keeps each
 * machine's newest committed reading, {@code CommittedMachines} the machines table as last committed (read again after
 * each commit), {@code PeerPresent} what other nodes commit, heard through the live relay),
 * cluster (whether other nodes write too), analytics, alert, machine, ingest, reading, platform.
 * Nothing uses fleet.
 * <p>
 * Requirements: (1) the present comes from the in-memory twins, history from the store; with several nodes memory is
 * trusted only while the relay hears the others ({@code PresentTrust}), else the present is read from the store; (2) a machine that does not
 * exist is 404, a bad range 400 with what is wrong; (3) history analysis reads at most 200,000 readings per call.
 */
package io.cnctwin.fleet;
