package io.cnctwin.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Start-up and idle memory of the product beside the bare server: the same Payara Micro with nothing deployed,
 * started the same way, ready when its HTTP listener answers. The product's own start is measured by {@link BenchMain}.
 */
final class StartupSuite {

    record Start(double seconds, long idleRssMiB) {
    }

    /** The JVM options of both servers: the heap limit of the production command and any {@code --server-jvm}. */
    static List<String> jvmOptions(BenchOptions options) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
        jvm.addAll(options.serverJvm());
        return jvm;
    }

    static Start bareServer(Path logDir, BenchOptions options) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions(options));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--nocluster", "--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(logDir.resolve("bare-payara.log").toFile());
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("bare Payara Micro exited; see " + logDir.resolve("bare-payara.log"));
                }
                try {
                    // with nothing deployed every path is 404 (also /health): an HTTP answer means ready
                    // bounded here as well: a request sent while the listener starts once hung for minutes
                    http.sendAsync(health, HttpResponse.BodyHandlers.discarding()).get(3, TimeUnit.SECONDS);
                    break;
                } catch (ExecutionException | TimeoutException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(10_000);
            return new Start(seconds, Memory.residentMiB(process.pid()));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    static List<Figure> figures(Start product, Start bare) {
        return List.of(
                new Figure("startup", "start-up to ready", String.format(Locale.ROOT, "%.1f s", product.seconds()),
                        String.format(Locale.ROOT, "%.1f s", bare.seconds()), product.seconds() / bare.seconds(),
                        "time x baseline", "product: JVM start until the application's API answers (WAR deployed,"
                        + " schema migrated; the twins are restored in the background, nothing to restore on this empty database); baseline: the same Payara Micro with nothing deployed until HTTP answers"),
                new Figure("startup", "resident memory, idle", product.idleRssMiB() + " MiB", bare.idleRssMiB() + " MiB",
                        (double) product.idleRssMiB() / bare.idleRssMiB(), "memory x baseline",
                        "VmRSS 10 s after ready, the same JVM options on both, replay paused"));
    }
}
