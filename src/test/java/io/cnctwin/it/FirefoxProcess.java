package io.cnctwin.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Firefox (Debian's firefox-esr) on a fresh profile with its WebDriver BiDi server on a port it picks
 * itself, so no geckodriver is needed: the endpoint is read from the line Firefox prints when it listens.
 */
public class FirefoxProcess implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("it.firefox", "/usr/bin/firefox-esr"));
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
    // quiet, offline-friendly profile: no update checks, telemetry, remote settings or safe-browsing downloads
    private static final List<String> PREFERENCES = List.of(
            "user_pref(\"app.update.disabledForTesting\", true);",
            "user_pref(\"app.normandy.enabled\", false);",
            "user_pref(\"browser.shell.checkDefaultBrowser\", false);",
            "user_pref(\"browser.safebrowsing.update.enabled\", false);",
            "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
            "user_pref(\"extensions.update.enabled\", false);",
            "user_pref(\"network.captive-portal-service.enabled\", false);",
            "user_pref(\"network.connectivity-service.enabled\", false);",
            "user_pref(\"services.settings.server\", \"data:,#remote-settings-off\");",
            "user_pref(\"toolkit.telemetry.reportingpolicy.firstRun\", false);");

    private final Path profile;
    private final Process process;
    private final CompletableFuture<URI> endpoint = new CompletableFuture<>();

    /** Starts Firefox; its output goes to {@code log}. */
    public FirefoxProcess(Path log) throws IOException {
        profile = Files.createTempDirectory(Path.of("target"), "firefox-profile");
        Files.write(profile.resolve("user.js"), PREFERENCES);
        process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-remote", "--remote-debugging-port=0",
                "--profile", profile.toAbsolutePath().toString(), "about:blank")
                .redirectErrorStream(true).start();
        Thread reader = new Thread(() -> copyOutput(log), "firefox-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** The BiDi endpoint, once Firefox says it listens. */
    public URI endpoint() throws Exception {
        try {
            return endpoint.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Firefox did not open its WebDriver BiDi port within 60 s", e);
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try (var paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void copyOutput(Path log) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line);
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    endpoint.complete(URI.create(listening.group(1)));
                }
            }
        } catch (IOException e) {
            endpoint.completeExceptionally(e);
        }
        endpoint.completeExceptionally(new IllegalStateException("Firefox exited before listening; see " + log));
    }
}
