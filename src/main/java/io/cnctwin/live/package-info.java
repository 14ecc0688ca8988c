/**
 * Live: the {@code ws/live} WebSocket. The first message authenticates (closed with 1008 otherwise), then committed
 * readings, alert changes, replay status and import progress are pushed as JSON, each message serialised once for all
 * sessions (a reading once per {@code LiveDetail} a session subscribed to: full, or a summary without the factors).
 * <p>
 * Uses: auth (token verification), pipeline, alert, replay and ingest events, cluster (the relay's connections),
 * analytics (its indicator records, rounded for the feed),
 * Tyrus where the server has it (a message's frame handed to every session as encoded once, by reflection; else
 * {@code sendText}: see {@code RawFrameSender}),
 * telemetry, machine, platform; up only by CDI events it observes.
 * <p>
 * Requirements: (1) no data before authentication, 1008 after 5 s without it or on a bad or expired token; (2) sending
 * never blocks the twin: a bounded number of messages in flight per session, then drops, then the session is closed
 * (off the broadcasting thread) and counted; (3) with several nodes on one PostgreSQL, every node's sessions get what
 * any node produced: {@code LiveRelay} NOTIFYs each message after commit (its JSON as serialised once, a reading
 * once per detail, packed below the 8000-byte payload limit) and LISTENs on a dedicated connection, skipping its own
 * notifications; it also carries each machine's committed present to the other nodes' memory (a {@code ReadingsHeard}
 * event) and says when it starts and stops hearing them ({@code PeersListened}); (4) a view shows
 * each machine's newest state: reading messages are paced to one per machine per {@code live.reading-interval}
 * ({@code ReadingPace}), and a large commit is sent from the hub's dispatching thread, not the committing one.
 */
package io.cnctwin.live;
