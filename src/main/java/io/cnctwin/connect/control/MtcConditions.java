package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcObservation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The controller alarms (MTConnect Conditions at Warning or Fault) of a connector's machines: each one raised when the
 * agent reports it and cleared when the agent reports Normal, noted in the connector's status with the machine, the
 * level, the native code and the text, and handed to {@link Listener} after the batch that saw it committed.
 */
public class MtcConditions {

    /** Told of each alarm raised or cleared. */
    public interface Listener {
        void raised(int machineId, MtcObservation condition);

        void cleared(int machineId, MtcObservation condition);
    }

    private final Listener listener;
    private final Map<String, MtcObservation> active = new HashMap<>();
    private final Map<String, Integer> machines = new HashMap<>();

    public MtcConditions(Listener listener) {
        this.listener = listener;
    }

    /** Compares the devices' active conditions with those last seen. */
    public void update(Collection<MtcDevice> devices, ConnectorHealth health) {
        Set<String> seen = new HashSet<>();
        for (MtcDevice device : devices) {
            device.conditions().forEach((key, condition) -> {
                String id = device.machineId() + "/" + key;
                seen.add(id);
                MtcObservation before = active.put(id, condition);
                machines.put(id, device.machineId());
                if (before == null || !before.level().equals(condition.level())) {
                    health.note("machine " + device.machineId() + ": controller alarm " + condition.level().toUpperCase()
                            + " " + code(condition) + " raised: " + condition.value());
                    listener.raised(device.machineId(), condition);
                }
            });
        }
        for (String id : Set.copyOf(active.keySet())) {
            if (!seen.contains(id)) {
                MtcObservation gone = active.remove(id);
                int machine = machines.remove(id);
                health.note("machine " + machine + ": controller alarm " + code(gone) + " cleared");
                listener.cleared(machine, gone);
            }
        }
    }

    public int active() {
        return active.size();
    }

    private static String code(MtcObservation condition) {
        return condition.nativeCode() == null ? condition.dataItemId() : condition.nativeCode();
    }
}
