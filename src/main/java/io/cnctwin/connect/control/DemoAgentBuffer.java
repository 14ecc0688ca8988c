package io.cnctwin.connect.control;

import io.cnctwin.reading.entity.OperationMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The twin's own readings as an MTConnect agent's buffer, for a demo without hardware: each reading of machine n
 * becomes the observations of device {@code cnc-n} (AVAILABILITY, EXECUTION, TEMPERATURE, WATTAGE, PATH_FEEDRATE),
 * numbered by sequence in a ring of {@code capacity}. {@link MtcDocuments} writes probe, current and sample from it.
 */
public class DemoAgentBuffer {

    /** id suffix, type, category, units: the data items of every device. */
    static final String[][] ITEMS = {{"avail", "AVAILABILITY", "EVENT", null}, {"exec", "EXECUTION", "EVENT", null},
            {"temp", "TEMPERATURE", "SAMPLE", "CELSIUS"}, {"pwr", "WATTAGE", "SAMPLE", "WATT"},
            {"pf", "PATH_FEEDRATE", "SAMPLE", "MILLIMETER/SECOND"}};

    /** One observation: device, item suffix, sequence, UTC time (ISO), value. */
    public record Entry(String device, String item, long sequence, String timestamp, String value) {
    }

    private final int capacity;
    private final long instanceId;
    private final Deque<Entry> ring = new ArrayDeque<>();
    private final Set<String> devices = new TreeSet<>();
    private long next = 1;

    public DemoAgentBuffer(int capacity, long instanceId) {
        this.capacity = capacity;
        this.instanceId = instanceId;
    }

    public synchronized void add(int machineId, Instant timestamp, OperationMode mode, double temperatureC,
                                 double powerKw, double productionSpeed) {
        String device = "cnc-" + machineId;
        devices.add(device);
        String at = timestamp.toString();
        put(device, "avail", at, "AVAILABLE");
        put(device, "exec", at, mode == OperationMode.ACTIVE ? "ACTIVE" : "READY");
        put(device, "temp", at, String.valueOf(temperatureC));
        put(device, "pwr", at, String.valueOf(powerKw * 1000));
        put(device, "pf", at, String.valueOf(productionSpeed));
    }

    private void put(String device, String item, String at, String value) {
        ring.addLast(new Entry(device, item, next++, at, value));
        while (ring.size() > capacity) {
            ring.removeFirst();
        }
    }

    /** A consistent view for one document. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(instanceId, ring.isEmpty() ? next : ring.getFirst().sequence(), next, capacity,
                List.copyOf(devices), new ArrayList<>(ring));
    }

    /** The buffer at one moment. */
    public record Snapshot(long instanceId, long first, long next, int capacity, List<String> devices, List<Entry> entries) {

        /** The newest observation of every data item at or before {@code at}. */
        public List<Entry> current(long at) {
            Map<String, Entry> latest = new LinkedHashMap<>();
            entries.stream().filter(e -> e.sequence() <= at).forEach(e -> latest.put(e.device() + "-" + e.item(), e));
            return new ArrayList<>(latest.values());
        }

        public List<Entry> sample(long from, int count) {
            return entries.stream().filter(e -> e.sequence() >= from).limit(count).toList();
        }
    }
}
