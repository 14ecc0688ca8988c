package io.cnctwin.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged WAR on WildFly, deployed as the README's deploy instructions say (standalone.sh, the WAR copied to
 * {@code deployments/ROOT.war}) on a server configured by server-config/wildfly/*.cli. Each start works on a fresh copy
 * of {@code standalone/}, so it begins on an empty embedded database; the configured server stays untouched.
 */
public class WildFlyProcess implements SharedServer.Server {

    private final Path home;
    private final Path baseDir;
    private final int portOffset;
    private Process process;

    public WildFlyProcess(Path home, Path baseDir, int portOffset) {
        this.home = home.toAbsolutePath();
        this.baseDir = baseDir.toAbsolutePath();
        this.portOffset = portOffset;
    }

    @Override
    public URI base() {
        return URI.create("http://localhost:" + (8080 + portOffset) + "/");
    }

    public void start() throws IOException {
        copy(home.resolve("standalone"), baseDir);
        Files.copy(Path.of("target/cnc-twin.war"), baseDir.resolve("deployments/ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.socket.binding.port-offset=" + portOffset))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolveSibling(baseDir.getFileName() + ".log").toFile()));
        // the same JVM options as every test server (standalone.conf keeps JAVA_OPTS when it is set)
        builder.environment().put("JAVA_OPTS", System.getProperty("it.server.jvm", "-Xmx512m")
                + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Djava.io.tmpdir=" + Path.of("target").toAbsolutePath());
        builder.environment().put(SharedServer.DEMO_AGENT, "anonymous");
        builder.environment().put(SharedServer.KEY_ENCRYPTION_KEY, SharedServer.TEST_KEY_ENCRYPTION_KEY);
        process = builder.start();
        Api api = new Api(base());
        Api.eventually(Duration.ofSeconds(300), "WildFly answering with the application on " + base(), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("WildFly exited with " + process.exitValue() + "; see " + baseDir + ".log");
            }
            try {
                return api.get("api/v1/auth/jwks", null).status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** Stops the server's JVM (a child of standalone.sh), then the script. */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        for (ProcessHandle child : process.descendants().toList()) {
            child.destroy();
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                child.destroyForcibly();
            }
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (var paths = Files.walk(to)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
