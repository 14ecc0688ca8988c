package io.cnctwin.cluster.entity;

/** What this node does: the LEADER replays the data set; a FOLLOWER serves the API and its WebSocket clients only. */
public enum NodeRole {
    LEADER, FOLLOWER
}
