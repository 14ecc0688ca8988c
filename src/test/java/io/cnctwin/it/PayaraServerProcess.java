package io.cnctwin.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged WAR on Payara Server 6, deployed as docs/deployment.md says: a domain of its own with an admin
 * password (created new at each start, so it begins on an empty embedded database), on PostgreSQL the driver added and the default datasource
 * pointed at it by server-config/payara-server/postgres.asadmin and the domain restarted, then {@code asadmin deploy}.
 * Not part of {@code mvn verify}: {@code mvn verify -Ppayara-server} (a 170 MB server, several minutes).
 */
public class PayaraServerProcess implements SharedServer.Server {

    private static final String DOMAIN = "twin";

    private final Path asadmin;
    private final Path domains;
    private final int portBase;

    public PayaraServerProcess(Path home, Path domains, int portBase) {
        this.asadmin = home.toAbsolutePath().resolve("bin/asadmin");
        this.domains = domains.toAbsolutePath();
        this.portBase = portBase;
    }

    @Override
    public java.net.URI base() {
        return java.net.URI.create("http://localhost:" + (portBase + 80) + "/");
    }

    public void start() throws IOException, InterruptedException {
        delete(domains);
        Files.createDirectories(domains);
        // an admin password, as the deployment docs set one: a test of its own, in a file only this run reads
        Files.writeString(passwordFile(), "AS_ADMIN_PASSWORD=it-asadmin-" + java.util.UUID.randomUUID() + "\n");
        asadmin("create-domain", "--domaindir", domains.toString(), "--portbase", String.valueOf(portBase), DOMAIN);
        asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN);
        if (TestDatabase.isPostgres()) {
            asadmin("--port", adminPort(), "add-library", "--type", "common", System.getProperty("it.pg.driver"));
            asadmin("--port", adminPort(), "multimode", "--file",
                    Path.of("server-config/payara-server/postgres.asadmin").toAbsolutePath().toString());
            asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN);
            asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN);
        }
        asadmin("--port", adminPort(), "deploy", "--contextroot", "/", "--name", "cnc-twin",
                Path.of("target/cnc-twin.war").toAbsolutePath().toString());
        Api api = new Api(base());
        Api.eventually(Duration.ofSeconds(300), "Payara Server answering with the application on " + base(),
                () -> {
                    try {
                        return api.get("api/v1/auth/jwks", null).status() == 200;
                    } catch (RuntimeException e) {
                        return false;
                    }
                });
    }

    @Override
    public void close() throws IOException, InterruptedException {
        asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN);
    }

    private Path passwordFile() {
        return domains.resolveSibling(domains.getFileName() + ".asadmin-password");
    }

    private String adminPort() {
        return String.valueOf(portBase + 48);
    }

    /** One asadmin command; its output goes to the domain folder's log beside it. */
    private void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(asadmin.toString(), "--user", "admin", "--passwordfile",
                passwordFile().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(domains.resolveSibling(domains.getFileName() + ".log").toFile()));
        // the domain's JVM inherits the environment of the asadmin that starts it: ADMIN_PASSWORD, DB_*, TWIN_*
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("asadmin " + String.join(" ", arguments) + " failed; see " + domains + ".log");
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
