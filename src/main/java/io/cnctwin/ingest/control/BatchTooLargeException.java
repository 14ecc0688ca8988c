package io.cnctwin.ingest.control;

/** An ingest request with more items than one request may carry. */
public class BatchTooLargeException extends RuntimeException {

    public BatchTooLargeException(int limit) {
        super("At most " + limit + " readings per request; split the batch", null, false, false);
    }
}
