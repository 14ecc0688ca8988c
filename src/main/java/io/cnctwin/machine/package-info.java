/**
 * Machine: the fleet register. A machine is registered on its first reading ({@code MachineRegistry}); its status
 * (RUNNING, IDLE, MAINTENANCE, WARNING, CRITICAL, OFFLINE) is derived by the twin from the operation mode and the worst
 * open alert; each batch also records when the machine's newest reading arrived, its usual interval between arrivals
 * and its source, from which {@code presence} decides whether it is OFFLINE.
 * <p>
 * Uses nothing else of the twin. The machine resources are read-side and live in {@code fleet}.
 */
package io.cnctwin.machine;
