package io.cnctwin.ingest.control;

/** An uploaded body went past the configured limit; what was spooled of it is deleted. */
public class UploadTooLargeException extends RuntimeException {

    public UploadTooLargeException(long maxBytes) {
        super("The upload exceeds " + maxBytes / (1024 * 1024) + " MiB (twin.import.max-bytes)");
    }
}
