package io.cnctwin.connect.entity;

import io.cnctwin.reading.entity.ReadingSource;

/** The protocol a connector speaks, and the source its readings carry in history, metrics and the live feed. */
public enum ConnectorKind {
    MQTT(ReadingSource.MQTT), MTCONNECT(ReadingSource.MTCONNECT);

    private final ReadingSource source;

    ConnectorKind(ReadingSource source) {
        this.source = source;
    }

    public ReadingSource source() {
        return source;
    }
}
