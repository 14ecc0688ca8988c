/**
 * Cluster: several nodes of the twin on one PostgreSQL database. Exactly one node leads (replays the data set); the
 * lead is a PostgreSQL advisory lock held by a dedicated session of the leader, checked every
 * {@code twin.cluster.heartbeat}; when the leader dies the server ends its session and releases the lock, and the next
 * heartbeat of another node takes it.
 * <p>
 * Boundary: {@code ClusterNode} (role, term, dedicated connections), {@code LeaderFence} (the fencing check of the
 * replay's write), {@code ClusterHealth} (role in {@code /health}).
 * <p>
 * Uses nothing else of the twin.
 * <p>
 * Requirements: (1) at most one node replays: a replay batch commits only if, inside its transaction and after its
 * lock on the replay position row, {@code pg_locks} shows the leader lock held by this node's session (fencing);
 * (2) another node leads within two heartbeats of the leader's death; (3) on any other database (the embedded
 * default) the node is alone, always leads, and opens no connection and starts no thread.
 * <p>
 * Out of scope: pushing live messages across nodes (live component, over the connections opened here), Payara's
 * {@code @Clustered} singletons and Hazelcast (after a kill -9 of its node no node ran the timer).
 */
package io.cnctwin.cluster;
