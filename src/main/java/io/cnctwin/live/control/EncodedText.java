package io.cnctwin.live.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A JSON text with its WebSocket frame (RFC 6455: final text frame, unmasked as a server sends it), encoded once for
 * every session that gets it: the standard {@code sendText} encodes the text again for each session.
 */
public final class EncodedText {

    private static final byte FINAL_TEXT_FRAME = (byte) 0x81;

    private final String json;
    private final byte[] frame;

    public EncodedText(String json) {
        this.json = json;
        this.frame = frame(json.getBytes(StandardCharsets.UTF_8));
    }

    public String json() {
        return json;
    }

    /** The whole frame, header and payload, in a buffer of its own (the socket's writer consumes it). */
    ByteBuffer frame() {
        // a wrapper per send, the bytes shared: the writer reads them from the array, never writes
        return ByteBuffer.wrap(frame);
    }

    private static byte[] frame(byte[] payload) {
        int length = payload.length;
        int header = length <= 125 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + length];
        frame[0] = FINAL_TEXT_FRAME;
        if (header == 2) {
            frame[1] = (byte) length;
        } else if (header == 4) {
            frame[1] = 126;
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
        } else {
            frame[1] = 127;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, frame, header, length);
        return frame;
    }
}
