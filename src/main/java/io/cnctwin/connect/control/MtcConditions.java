package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcObservation;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The controller alarms (MTConnect Conditions at Warning or Fault) of a connector's machines. After each committed
 * batch, a machine whose active alarms changed is told to {@link Listener} with all of them (an empty list: none is
 * active any more), and after each (re)start of the client every machine is, since what the alerts hold may be from
 * before: the listener makes its alerts exactly so, and saying the same twice changes nothing. Raises and clears are
 * noted in the connector's status with the machine, the level, the native code and the text.
 */
public class MtcConditions {

    /** Told of a machine's active controller alarms. */
    public interface Listener {
        /** {@code active}: every Warning and Fault the agent reports for the machine; {@code at}: when it last reported one. */
        void alarms(int machineId, List<MtcObservation> active, LocalDateTime at);
    }

    private final Listener listener;
    private final Map<Integer, Map<String, MtcObservation>> told = new HashMap<>();
    private boolean everything = true;

    public MtcConditions(Listener listener) {
        this.listener = listener;
    }

    /** The client starts over: the next update tells every machine, whatever was told before. */
    public void restarted() {
        everything = true;
    }

    /** Compares the devices' active conditions with those told last; a listener's failure is thrown (the client restarts). */
    public void update(Collection<MtcDevice> devices, ConnectorHealth health) {
        for (MtcDevice device : devices) {
            Map<String, MtcObservation> now = device.conditions();
            Map<String, MtcObservation> before = told.getOrDefault(device.machineId(), Map.of());
            if (!everything && same(before, now)) {
                continue;
            }
            note(device.machineId(), before, now, health);
            told.remove(device.machineId());
            listener.alarms(device.machineId(), List.copyOf(now.values()), device.conditionsAt());
            told.put(device.machineId(), now);
        }
        everything = false;
    }

    /** Active alarms in all. */
    public int active() {
        return told.values().stream().mapToInt(Map::size).sum();
    }

    /** The same alarms at the same levels (a repeated report of an active alarm is no change). */
    private static boolean same(Map<String, MtcObservation> before, Map<String, MtcObservation> now) {
        return before.keySet().equals(now.keySet())
                && now.entrySet().stream().allMatch(e -> Objects.equals(e.getValue().level(), before.get(e.getKey()).level()));
    }

    private static void note(int machineId, Map<String, MtcObservation> before, Map<String, MtcObservation> now,
                             ConnectorHealth health) {
        now.forEach((key, condition) -> {
            MtcObservation was = before.get(key);
            if (was == null || !was.level().equals(condition.level())) {
                health.note("machine " + machineId + ": controller alarm " + condition.level().toUpperCase() + " "
                        + code(condition) + " raised: " + condition.value());
            }
        });
        before.forEach((key, gone) -> {
            if (!now.containsKey(key)) {
                health.note("machine " + machineId + ": controller alarm " + code(gone) + " cleared");
            }
        });
    }

    /** The alarm's identity on its machine: the native code, else (an agent that sends none) the data item. */
    public static String code(MtcObservation condition) {
        return condition.nativeCode() == null ? condition.dataItemId() : condition.nativeCode();
    }
}
