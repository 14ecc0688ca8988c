package io.cnctwin.connect.control;

/** A connector at work on this node: started once, closed when its settings change, it is removed or the lead moves. */
public interface ConnectorRun extends AutoCloseable {

    /** A connector that does nothing: one whose settings cannot work waits for an edit. */
    ConnectorRun NOTHING = new ConnectorRun() {
        @Override
        public void start() {
        }

        @Override
        public void close() {
        }
    };

    void start();

    @Override
    void close();
}
