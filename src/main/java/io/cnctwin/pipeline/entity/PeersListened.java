package io.cnctwin.pipeline.entity;

/**
 * CDI event, fired on the live relay's thread: this node starts ({@code listening} true) or stops hearing what other
 * nodes commit. What other nodes committed between a stop and the next start was not heard.
 */
public record PeersListened(boolean listening) {
}
