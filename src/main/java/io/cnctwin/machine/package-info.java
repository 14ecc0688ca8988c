/**
 * Machine: the fleet register. A machine is registered on its first reading ({@code MachineRegistry}); its status
 * (RUNNING, IDLE, MAINTENANCE, WARNING, CRITICAL, OFFLINE) is derived by the twin from the operation mode and the worst
 * open alert.
 * <p>
 * Uses nothing else of the twin. The machine resources are read-side and live in {@code fleet}.
 */
package io.cnctwin.machine;
