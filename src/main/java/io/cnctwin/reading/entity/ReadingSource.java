package io.cnctwin.reading.entity;

/** Where a reading came from; every source goes through the same pipeline. */
public enum ReadingSource {
    REPLAY, INGEST, IMPORT, SIMULATION, MQTT, MTCONNECT
}
