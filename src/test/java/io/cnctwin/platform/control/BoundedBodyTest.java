package io.cnctwin.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void aBodyUpToTheLimitReadsWhole() throws IOException {
        byte[] body = new byte[100];
        try (InputStream cut = new BoundedBody(new ByteArrayInputStream(body), 100)) {
            assertArrayEquals(body, cut.readAllBytes());
        }
    }

    @Test
    void oneByteMoreFailsWithTooLarge() {
        InputStream cut = new BoundedBody(new ByteArrayInputStream(new byte[101]), 100);
        assertThrows(BoundedBody.TooLarge.class, cut::readAllBytes);
    }

    @Test
    void singleByteReadsCountToo() throws IOException {
        InputStream cut = new BoundedBody(new ByteArrayInputStream(new byte[3]), 2);
        cut.read();
        cut.read();
        assertThrows(BoundedBody.TooLarge.class, cut::read);
    }
}
