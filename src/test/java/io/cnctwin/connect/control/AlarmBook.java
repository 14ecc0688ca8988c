package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcObservation;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The alerts' side of controller alarms as the alert component keeps it (one open alarm per machine and code, made
 * exactly what the connector says is active), in memory: the steps it took, in order.
 */
class AlarmBook implements MtcConditions.Listener {

    private final Map<String, String> open = new HashMap<>();
    private final List<String> steps = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void alarms(int machineId, List<MtcObservation> active, LocalDateTime at) {
        Map<String, String> stillOpen = new HashMap<>();
        open.forEach((key, level) -> {
            if (key.startsWith(machineId + "/")) {
                stillOpen.put(key, level);
            }
        });
        for (MtcObservation c : active) {
            String key = machineId + "/" + MtcConditions.code(c);
            String was = stillOpen.remove(key);
            String text = c.level() + (c.nativeSeverity() == null ? "" : " severity " + c.nativeSeverity()) + ": " + c.value();
            if (was == null) {
                steps.add("raised " + machineId + " " + MtcConditions.code(c) + " " + text + " at " + c.timestamp());
            } else if (!was.equals(c.level())) {
                steps.add("escalated " + machineId + " " + MtcConditions.code(c) + " " + text + " at " + c.timestamp());
            }
            open.put(key, c.level());
        }
        stillOpen.keySet().forEach(key -> {
            open.remove(key);
            steps.add("cleared " + key.replace('/', ' ') + " at " + at);
        });
    }

    List<String> steps() {
        return List.copyOf(steps);
    }
}
