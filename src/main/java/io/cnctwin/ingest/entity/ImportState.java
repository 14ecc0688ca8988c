package io.cnctwin.ingest.entity;

/** Where an import job is: waiting for a thread, reading and storing, finished, or stopped by a failure. */
public enum ImportState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
