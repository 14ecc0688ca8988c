/**
 * Machine: the fleet register. A machine is registered on its first reading; its status (RUNNING, IDLE, MAINTENANCE,
 * WARNING, CRITICAL, OFFLINE) is derived by the twin from the operation mode and the worst open alert.
 * <p>
 * Operations: {@code GET machines}, {@code GET machines/{id}}.
 */
package io.cnctwin.machine;
