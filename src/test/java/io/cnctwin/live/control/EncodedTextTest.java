package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodedTextTest {

    @Test
    void aShortTextHasATwoByteHeader() {
        ByteBuffer frame = new EncodedText("{\"a\":\"é\"}").frame();
        assertEquals((byte) 0x81, frame.get(0), "final text frame");
        assertEquals(10, frame.get(1), "the UTF-8 length, unmasked");
        assertArrayEquals("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8), payload(frame, 2));
    }

    @Test
    void lengthsFrom126To65535TakeTwoMoreBytes() {
        for (int length : new int[] {125, 126, 65_535}) {
            ByteBuffer frame = new EncodedText("x".repeat(length)).frame();
            if (length == 125) {
                assertEquals(2 + 125, frame.remaining());
                continue;
            }
            assertEquals(126, frame.get(1));
            assertEquals(length, ((frame.get(2) & 0xFF) << 8) | (frame.get(3) & 0xFF));
            assertEquals(4 + length, frame.remaining());
        }
    }

    @Test
    void longerTextsTakeEightMoreBytes() {
        ByteBuffer frame = new EncodedText("x".repeat(65_536)).frame();
        assertEquals(127, frame.get(1));
        assertEquals(65_536L, frame.getLong(2));
        assertEquals(10 + 65_536, frame.remaining());
    }

    @Test
    void everySendGetsItsOwnBufferOverTheSameBytes() {
        EncodedText cut = new EncodedText("{}");
        ByteBuffer first = cut.frame();
        first.position(first.limit());
        assertEquals(4, cut.frame().remaining(), "a writer consuming one buffer leaves the next send whole");
    }

    private static byte[] payload(ByteBuffer frame, int header) {
        byte[] bytes = new byte[frame.remaining() - header];
        frame.duplicate().position(header).get(bytes);
        return bytes;
    }
}
