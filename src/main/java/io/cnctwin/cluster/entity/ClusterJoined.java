package io.cnctwin.cluster.entity;

/** CDI event: this node runs on PostgreSQL with other nodes possibly beside it; fired once at start. */
public record ClusterJoined(String nodeName) {
}
