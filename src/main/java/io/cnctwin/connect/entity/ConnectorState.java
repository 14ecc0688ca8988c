package io.cnctwin.connect.entity;

/**
 * Where a connector stands on this node: CONNECTED and receiving; RETRYING after a failure, until its next attempt;
 * FAILED when its settings cannot work (it waits for an edit); DISABLED by an ADMIN; STANDBY on a node that does not
 * lead (the leading node runs every connector).
 */
public enum ConnectorState {
    CONNECTED, RETRYING, FAILED, DISABLED, STANDBY
}
