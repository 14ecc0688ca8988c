/**
 * Replay: the {@code DigitalTwin} singleton that replays a data set file or the live simulation on a managed timer,
 * as if live, through the reading pipeline; and its controls: {@code GET twin}, {@code POST twin/pause},
 * {@code POST twin/resume}, {@code PUT twin/speed}, {@code PUT twin/source}, {@code POST twin/seek},
 * {@code POST twin/scenarios} (ADMIN to change).
 * <p>
 * Uses: pipeline, simulation, cluster, twin, alert, analytics, machine, reading, telemetry, platform.
 * <p>
 * Requirements: (1) a batch and the replay position after it commit in one transaction, so a restart (even kill -9)
 * resumes without gaps or duplicates; (2) a bad line is skipped, counted and logged with its line number and never
 * stops the replay; (3) the twins are rebuilt from the database at start; (4) with several nodes on one PostgreSQL
 * only the leading node replays; a node taking the lead rebuilds its twins and open alerts and continues from the
 * stored position, source, pause and speed; controls sent to a follower answer 409; (5) the timer ticks at a fixed
 * rate and the next batch is parsed beside the commit of the last, so a catch-up runs as fast as the machine allows.
 */
package io.cnctwin.replay;
