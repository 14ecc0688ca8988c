package io.cnctwin.connect.control;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's mosquitto (installed by .ci/run) as a real broker for the tests: one port, persistence in a folder of its
 * own, so a restart keeps persistent sessions and the QoS 1 messages queued for them (mosquitto writes its database
 * when it stops on SIGTERM). Stopped by {@link #close()}.
 */
public class MosquittoBroker implements AutoCloseable {

    static final String BINARY = firstExisting("/usr/sbin/mosquitto", "/usr/bin/mosquitto");

    private final int port;
    private final Path config;
    private Process process;

    private final boolean tls;

    public MosquittoBroker(Path folder) throws IOException {
        this(folder, null);
    }

    /**
     * With {@code pki}, the listener speaks TLS only and requires a client certificate its CA signed
     * ({@code require_certificate true}): mutual TLS.
     */
    public MosquittoBroker(Path folder, TestCertificates pki) throws IOException {
        this.port = freePort();
        this.tls = pki != null;
        Path data = Files.createDirectories(folder.resolve("data"));
        this.config = folder.resolve("mosquitto.conf");
        String tlsLines = pki == null ? "" : String.join("\n", "cafile " + pki.file("ca.pem"),
                "certfile " + pki.file("broker.pem"), "keyfile " + pki.file("broker-key.pem"), "require_certificate true", "");
        // the TLS options are the listener's: they follow its line
        Files.writeString(config, "listener " + port + " 127.0.0.1\n" + tlsLines + String.join("\n", "allow_anonymous true",
                "persistence true", "persistence_location " + data + "/", "max_queued_messages 0",
                "log_dest stderr",
                // as root it would switch to the user mosquitto, who cannot write the test's folder
                "user " + System.getProperty("user.name"), ""));
    }

    public static boolean installed() {
        return BINARY != null;
    }

    public MosquittoBroker start() throws IOException, InterruptedException {
        process = new ProcessBuilder(BINARY, "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(config.resolveSibling("mosquitto.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return this;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IOException("mosquitto did not listen on " + port + " within 10 s");
    }

    /** SIGTERM, as a service manager stops it: the broker saves its sessions first. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
    }

    public String url() {
        return (tls ? "ssl" : "tcp") + "://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String firstExisting(String... paths) {
        for (String path : paths) {
            if (Files.isExecutable(Path.of(path))) {
                return path;
            }
        }
        return null;
    }
}
