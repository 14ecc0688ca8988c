package io.cnctwin.connect.control;

import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Stores readings as the pipeline does, idempotent on (machine, timestamp), and counts how often each came. */
class RecordingSink implements ReadingSink {

    record Key(int machineId, LocalDateTime timestamp) {
    }

    final Map<Key, Reading> stored = new ConcurrentHashMap<>();
    final Map<Key, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    volatile String position;

    @Override
    public synchronized Delivery deliver(List<Reading> readings, String newPosition) {
        int accepted = 0;
        for (Reading reading : readings) {
            Key key = new Key(reading.machineId(), reading.timestamp());
            deliveries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (stored.putIfAbsent(key, reading) == null) {
                accepted++;
            }
        }
        if (newPosition != null) {
            position = newPosition;
        }
        return new Delivery(accepted, readings.size() - accepted);
    }

    int size() {
        return stored.size();
    }
}
