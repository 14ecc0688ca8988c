package io.cnctwin.ingest.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The upload is streamed to a temporary file and refused, leaving nothing behind, past the limit. */
class UploadSpoolTest {

    static long spooledFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("cnc-import-")).count();
        }
    }

    @Test
    void copiesTheBodyToATemporaryFile() throws IOException {
        byte[] body = new byte[200_000];
        body[199_999] = 7;
        Path file = UploadSpool.spool(new ByteArrayInputStream(body), body.length);
        try {
            assertArrayEquals(body, Files.readAllBytes(file));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void refusesABodyPastTheLimitAndDeletesWhatItSpooled() throws IOException {
        long before = spooledFiles();
        assertThrows(UploadTooLargeException.class,
                () -> UploadSpool.spool(new ByteArrayInputStream(new byte[100_001]), 100_000));
        assertEquals(before, spooledFiles());
    }
}
