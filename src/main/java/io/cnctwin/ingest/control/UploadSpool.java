package io.cnctwin.ingest.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams an uploaded body to a temporary file under {@code java.io.tmpdir}, never holding it in memory. */
public final class UploadSpool {

    private static final int BUFFER = 1 << 16;

    private UploadSpool() {
    }

    /** The file holding {@code body}; {@link UploadTooLargeException} (file deleted) beyond {@code maxBytes}. */
    public static Path spool(InputStream body, long maxBytes) throws IOException {
        Path file = Files.createTempFile("cnc-import-", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            copy(body, out, maxBytes);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static void copy(InputStream body, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw new UploadTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
    }
}
