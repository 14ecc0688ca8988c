package io.cnctwin.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged WAR on Payara Micro, started as docs/deployment.md runs it in production (with the build's test JVM
 * options, {@code it.server.jvm}), in a process the test owns, so it can kill it (-9) and start it again on the same database (embedded: a file under
 * {@code rootDir}, as the run command keeps it; PostgreSQL: the suite's test database).
 */
public class PayaraProcess implements SharedServer.Server {

    private final Path rootDir;
    private final Map<String, String> environment;
    private final int port;
    private Process process;
    private ClassDataSharing.Role classDataSharing = ClassDataSharing.Role.NONE;

    public PayaraProcess(Path rootDir, Map<String, String> environment) throws IOException {
        this(rootDir, environment, TestDatabase.RESTART_DB);
    }

    /** A server on its own test database {@code database} (on PostgreSQL; the embedded one lives under rootDir). */
    public PayaraProcess(Path rootDir, Map<String, String> environment, String database) throws IOException {
        this.rootDir = rootDir;
        this.environment = new HashMap<>();
        this.port = freePort();
        if (TestDatabase.isPostgres()) {
            this.environment.putAll(TestDatabase.environment(database));
        }
        // the caller's DB_* win: a test may bring a database of its own
        this.environment.putAll(environment);
    }

    @Override
    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** Deletes what an earlier run left in the root directory, so the server starts on an empty embedded database. */
    public void wipe() throws IOException {
        if (Files.exists(rootDir)) {
            try (var paths = Files.walk(rootDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public void start() throws IOException {
        start(true);
    }

    /** Starts the server; one that will not stop soon must not write the class-data archive ({@link ClassDataSharing}). */
    void start(boolean mayWriteArchive) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(System.getProperty("it.server.jvm", "-Xmx512m").trim().split("\\s+")));
        classDataSharing = mayWriteArchive ? ClassDataSharing.role() : ClassDataSharing.readIfWritten();
        command.addAll(classDataSharing.jvmOptions);
        command.addAll(List.of("-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(),
                "-Dtwin.db.path=" + rootDir.toAbsolutePath().resolve("db/twin"),
                "-jar", System.getProperty("payara.microJar"), "--nocluster", "--port", String.valueOf(port),
                "--deploy", Path.of("target/cnc-twin.war").toAbsolutePath().toString(), "--contextroot", "/",
                "--postbootcommandfile", Path.of("server-config/payara-micro",
                        TestDatabase.isPostgres() ? "postgres.asadmin" : "embedded.asadmin").toAbsolutePath().toString()));
        Files.createDirectories(rootDir);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(rootDir.resolveSibling(rootDir.getFileName() + ".log").toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        Api api = new Api(base());
        // a loaded CI machine (2 cores, several servers starting) has been seen to need 150 s
        Api.eventually(Duration.ofSeconds(300), "Payara Micro answering /health on port " + port, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited with " + process.exitValue() + "; see " + rootDir + ".log");
            }
            try {
                // /health answers before the application is deployed: wait for the application's own API
                return api.get("api/v1/auth/jwks", null).status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** The server's JVM itself (started directly, no wrapper script): what {@link #kill()} ends. */
    public long pid() {
        return process.pid();
    }

    /** Like a power cut: SIGKILL, no shutdown hooks. */
    public void kill() throws InterruptedException, IOException {
        process.destroyForcibly().waitFor();
        if (classDataSharing == ClassDataSharing.Role.WRITE) {
            ClassDataSharing.abandoned();
            classDataSharing = ClassDataSharing.Role.NONE;
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process != null && process.isAlive() && classDataSharing != ClassDataSharing.Role.WRITE
                && "kill".equals(System.getProperty("it.server.stop"))) {
            // the integration tests are done with this server: its orderly shutdown (about 3 s) checks nothing they
            // need, and a dozen of them add up in CI. Graceful stays the default (the benchmark's JFR dump needs it)
            kill();
            return;
        }
        if (process != null && process.isAlive()) {
            process.destroy();
            // the archive's writer dumps about 100 MB of classes as its JVM exits
            int seconds = classDataSharing == ClassDataSharing.Role.WRITE ? 90 : 20;
            if (!process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            } else if (classDataSharing == ClassDataSharing.Role.WRITE) {
                ClassDataSharing.written();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
