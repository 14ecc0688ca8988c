package io.cnctwin.live.control;

import io.cnctwin.pipeline.entity.ReadingsCommitted;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paces the live reading messages: at most one per machine per {@code interval}. A reading that comes sooner is held
 * back, and a newer one of the same machine replaces it, so what a view shows is always the machine's newest state,
 * at most one interval late. Readings at the pace of real machines (one every second or slower) all go out at once;
 * only a catch-up replay or a gateway's backlog, several readings of one machine within an interval, is thinned out
 * (every reading is stored and in the history). Used by the hub's sender thread only: not thread-safe.
 */
public final class ReadingPace {

    private final long intervalNanos;
    private final Map<Integer, Long> lastSent = new HashMap<>();
    private final Map<Integer, ReadingsCommitted.Item> held = new LinkedHashMap<>();

    public ReadingPace(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** The readings to send now; the others are held until {@link #due}. */
    public List<ReadingsCommitted.Item> offer(Collection<ReadingsCommitted.Item> readings, long now) {
        List<ReadingsCommitted.Item> send = new ArrayList<>();
        for (ReadingsCommitted.Item item : readings) {
            int machine = item.reading().machineId();
            Long last = lastSent.get(machine);
            if (last == null || now - last >= intervalNanos) {
                held.remove(machine);
                lastSent.put(machine, now);
                send.add(item);
            } else {
                held.merge(machine, item, (kept, next) ->
                        next.reading().timestamp().isBefore(kept.reading().timestamp()) ? kept : next);
            }
        }
        return send;
    }

    /** The held readings whose machine's interval has passed by {@code now}. */
    public List<ReadingsCommitted.Item> due(long now) {
        List<ReadingsCommitted.Item> send = new ArrayList<>();
        for (Iterator<Map.Entry<Integer, ReadingsCommitted.Item>> i = held.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<Integer, ReadingsCommitted.Item> entry = i.next();
            if (now - lastSent.get(entry.getKey()) >= intervalNanos) {
                lastSent.put(entry.getKey(), now);
                send.add(entry.getValue());
                i.remove();
            }
        }
        return send;
    }

    /** Nanoseconds until the next held reading is due (0: now), or -1 when none is held. */
    public long nextDueIn(long now) {
        long next = -1;
        for (Integer machine : held.keySet()) {
            long wait = Math.max(0, lastSent.get(machine) + intervalNanos - now);
            next = next < 0 ? wait : Math.min(next, wait);
        }
        return next;
    }

    /**
     * A live view shows each machine's newest state: a batch with several readings of one machine (catch-up replay,
     * a gateway's backlog) pushes only the newest; the others are in the history. One reading per machine, as the
     * replay at its normal pace and a machine posting as it measures give, is pushed whole.
     */
    public static Collection<ReadingsCommitted.Item> newestPerMachine(List<ReadingsCommitted.Item> items) {
        Map<Integer, ReadingsCommitted.Item> newest = new LinkedHashMap<>();
        for (ReadingsCommitted.Item item : items) {
            newest.merge(item.reading().machineId(), item,
                    (kept, next) -> next.reading().timestamp().isBefore(kept.reading().timestamp()) ? kept : next);
        }
        return newest.values();
    }
}
