package io.cnctwin.platform.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that fails with {@link TooLarge} once more than {@code maxBytes} have been read from it. */
public final class BoundedBody extends FilterInputStream {

    /** The body went past the limit; an IOException so JSON readers keep it as the cause of their own failure. */
    public static final class TooLarge extends IOException {
        public TooLarge(long maxBytes) {
            super("The request body exceeds " + maxBytes + " bytes", null);
        }
    }

    private final long maxBytes;
    private long read;

    public BoundedBody(InputStream body, long maxBytes) {
        super(body);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > maxBytes) {
            throw new TooLarge(maxBytes);
        }
    }
}
