/**
 * Timeline: each machine's states over a range of data time, for supervisors: {@code GET machines/{id}/timeline} and
 * {@code GET fleet/timeline} (VIEWER). States as the live twin derives them (RUNNING, IDLE, MAINTENANCE from the
 * operation mode; WARNING, CRITICAL while an alert is open; OFFLINE during an offline episode the twin decided live,
 * a machine_offline alert, and where no reading is newer than the offline gap),
 * minutes per state and the longest stops.
 * <p>
 * Uses: machine (the registry, the status enum), platform. Reads the tables of telemetry (sensor_readings) and alert
 * (alerts, alert_events) in SQL only, grouped in the database: runs of readings, not every reading.
 * <p>
 * Requirements: (1) the intervals cover the range in order without overlap, and the minutes per state add up to its
 * length; (2) a reading holds until the next one, for at most the offline gap; (3) at most 31 days per call; a bad
 * range or gap is 400, an unknown machine 404.
 * <p>
 * Out of scope: rollup tables (the query reads the readings; a rollup can take its place behind TimelineQueries).
 */
package io.cnctwin.timeline;
