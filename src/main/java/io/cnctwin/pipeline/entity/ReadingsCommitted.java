package io.cnctwin.pipeline.entity;

import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.entity.ReadingView;
import java.util.List;

/** CDI event: a batch of readings of one source and the alert changes they caused are committed, ready to push. */
public record ReadingsCommitted(ReadingSource source, List<Item> readings, List<AlertEvent> alerts) {

    public record Item(ReadingView reading, MachineStatus machineStatus) {
    }
}
