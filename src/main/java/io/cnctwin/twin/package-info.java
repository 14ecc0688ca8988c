/**
 * Twin: the {@code DigitalTwin} singleton that replays the data set on a managed timer, the one pipeline every reading
 * takes (dedupe, indicators, alert rules, store, push), the in-memory twin of each machine and the replay position.
 * <p>
 * Operations: {@code GET twin}, {@code POST twin/pause}, {@code POST twin/resume}, {@code PUT twin/speed} (ADMIN to change);
 * {@code GET machines/{id}/state?at=} (VIEWER): a machine as it was at a past instant, from the stored readings and
 * alerts (the reading in force, its stored scores and levels without factors, the alerts open then, the status then).
 * <p>
 * Requirements: (1) a batch and the replay position after it commit in one transaction, so a restart (even kill -9)
 * resumes without gaps or duplicates; (2) a bad line is skipped, counted and logged with its line number and never
 * stops the replay; (3) one batch at a time per node goes through the pipeline; (4) the twins are rebuilt from the
 * database at start; (5) with several nodes on one PostgreSQL only the leading node replays (cluster component); a
 * node taking the lead rebuilds its twins and open alerts from the database and continues from the stored position,
 * source, pause and speed; replay controls sent to a follower answer 409; (6) throughput: a large batch's alert
 * conditions and twins move on in memory beside the database insert of its rows ({@code PipelineOverlap}), and the
 * replay parses its next batch beside the commit of the last; the timer ticks at a fixed rate, so a catch-up tick that
 * overruns its interval is followed at once.
 * <p>
 * Out of scope here: seek, source switching and scenario injection (simulation issue).
 */
package io.cnctwin.twin;
