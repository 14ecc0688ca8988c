package io.cnctwin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from /proc (Linux). */
final class Memory {

    private Memory() {
    }

    /** VmRSS in MiB, or -1 where /proc is not there. */
    static long residentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** The largest resident size seen while sampling every 200 ms in the background, until closed. */
    static final class Peak implements AutoCloseable {
        private final Thread sampler;
        private volatile long peak;

        Peak(long pid) {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak = Math.max(peak, residentMiB(pid));
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        long peakMiB() {
            return peak;
        }

        @Override
        public void close() {
            sampler.interrupt();
        }
    }
}
