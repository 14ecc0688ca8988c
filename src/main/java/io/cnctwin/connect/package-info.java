/**
 * Connect: the twin's connectors to real machines. An ADMIN configures them at run time
 * ({@code GET/POST/PUT/DELETE connectors}, secrets write-only); they are stored in the database, started at boot and
 * within a second of a change, and run on the leading node only. Kinds: an MQTT subscriber (MQTT 5, QoS 1, persistent
 * session, machine id from the topic, payload as the ingest JSON or CSV lines) and an MTConnect client (probe,
 * current, then sample from the next sequence, persisted with the readings it covers).
 * <p>
 * Boundary: {@code ConnectorsResource}, {@code ConnectorStore}, {@code ConnectorRuntime} (what runs where),
 * {@code ConnectorStarter}, {@code ConnectorReadings} (a batch and the position through the pipeline).
 * <p>
 * Uses: pipeline, ingest (its reading JSON), presence (connection health for {@code GET connections}), alert (its
 * {@code EventAlerts}, for controller alarms), cluster, reading, platform.
 * <p>
 * Requirements: (1) readings go through the one pipeline in batches (at most 500 MQTT messages), idempotent on
 * (machine, timestamp), with the source MQTT or MTCONNECT; (2) a QoS 1 message is acknowledged only after its batch
 * committed, so restarts of broker or twin lose nothing and store nothing twice; (3) a malformed message is counted
 * and its reason kept (the last 20), and never stops the subscription; (4) an MTConnect agent's instanceId and next
 * sequence commit with the readings, so a restart resumes exactly there; a buffer overrun and an agent restart are
 * detected, noted in the status and recovered from; (5) status CONNECTED, RETRYING (with the next attempt) or FAILED
 * (with the last error and its time), DISABLED, STANDBY (on a node that does not lead), and counters; (6) MTConnect
 * Conditions at Warning or Fault are controller alarms: one alert per machine and native code, raised and cleared with
 * the agent (NORMAL or UNAVAILABLE clears), the whole set told again after each restart so none is raised twice.
 * (7) secrets are encrypted at rest with the server's key-encryption key (platform's SecretSealing), each value bound
 * to its connector and name; plain ones are read and sealed at the next start; (8) MQTT over TLS takes a client
 * certificate and own CAs (PEM); a refused handshake is RETRYING with its reason, never a crash.
 * <p>
 * Out of scope: OPC UA (its Java SDK, Eclipse Milo, is not served by the package registry here); publishing the
 * simulated fleet to an MQTT broker (the twin serves it as an MTConnect agent instead, {@code DemoAgent}).
 */
package io.cnctwin.connect;
