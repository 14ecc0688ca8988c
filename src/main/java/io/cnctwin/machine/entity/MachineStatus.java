package io.cnctwin.machine.entity;

/** What an operator needs to know about a machine at a glance; WARNING and CRITICAL come from its worst open alert. */
public enum MachineStatus {
    RUNNING, IDLE, MAINTENANCE, WARNING, CRITICAL, OFFLINE
}
