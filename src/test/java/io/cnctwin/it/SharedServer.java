package io.cnctwin.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The one server with the packaged WAR that the black-box suites share ({@link #base()}): Payara Micro, or WildFly
 * when {@code it.server=wildfly}, or Payara Server when {@code it.server=payara-server}, on this failsafe
 * execution's database. Started at the first {@link #base()} (a run of
 * only the classes that own their server never starts it) and stopped when the test JVM's launcher session closes.
 * A server start costs about 21 s on an idle 2-core machine and minutes on a loaded one: one per execution instead of
 * one per class. The classes share its state, so each uses names and machine ids of its own, and they run in a fixed
 * order ({@code @Order} on the class): TwinSystemIT first, since it watches the test file's replay from the start,
 * the browser tests last (docs/testing.md).
 */
public class SharedServer implements LauncherSessionListener {

    /**
     * The sharing classes ({@code @Order(SHARING + n)}) run after the sequence's classes without an order (the
     * Arquillian one) and before the timed classes ({@link #AFTER_SHARED}), which {@link #release()} the server first:
     * once started it replays or simulates until stopped, and must not take CPU from them (see {@link Schedule}).
     */
    public static final int SHARING = Order.DEFAULT;
    public static final int AFTER_SHARED = SHARING + 1_000;

    private static Server server;
    private static URI base;

    /** The shared servers serve their fleet as an MTConnect agent, the demo ConnectorsIT walks through. */
    static final String DEMO_AGENT = "TWIN_MTCONNECT_AGENT";
    /** And seal what they store of secrets (signing keys, connector secrets) with a key-encryption key, as production should. */
    static final String KEY_ENCRYPTION_KEY = "AUTH_JWT_KEY_ENCRYPTION_KEY";
    static final String TEST_KEY_ENCRYPTION_KEY = "the shared test servers' key-encryption passphrase";

    /** What a shared server must offer: an address, and a stop. */
    interface Server extends AutoCloseable {
        URI base();
    }

    public static synchronized URI base() {
        if (base == null) {
            try {
                server = switch (System.getProperty("it.server", "payara-micro")) {
                    case "wildfly" -> startWildFly();
                    case "payara-server" -> startPayaraServer();
                    default -> startPayara();
                };
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the shared test server", e);
            }
            base = server.base();
            // a fork that dies without closing its session must not leave the server running
            Runtime.getRuntime().addShutdownHook(new Thread(SharedServer::stop));
        }
        return base;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** The sharing classes are done (a timed class runs next): the server stops now instead of at the end. */
    static void release() {
        stop();
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                // the JVM ends anyway
            }
            server = null;
            base = null;
        }
    }

    private static Server startPayara() throws IOException {
        PayaraProcess payara = new PayaraProcess(Path.of("target", "it-shared-" + database(), "payara"),
                Map.of("ADMIN_PASSWORD", Api.ADMIN_PASSWORD, DEMO_AGENT, "anonymous", KEY_ENCRYPTION_KEY, TEST_KEY_ENCRYPTION_KEY),
                TestDatabase.SHARED_DB);
        payara.wipe();
        // it lives until the sharing classes are done: were it the class-data archive's writer (its first server to
        // stop), the servers started beside it would all start without the archive
        payara.start(false);
        return payara;
    }

    private static Server startWildFly() throws IOException {
        WildFlyProcess wildFly = new WildFlyProcess(Path.of(System.getProperty("it.wildfly.home")),
                Path.of("target", "it-shared-wildfly-" + database()), Integer.getInteger("it.wildfly.offset", 300));
        wildFly.start();
        return wildFly;
    }

    private static Server startPayaraServer() throws IOException {
        PayaraServerProcess payara = new PayaraServerProcess(Path.of(System.getProperty("it.payara.server.home")),
                Path.of("target", "it-shared-payara-server-" + database()), Integer.getInteger("it.payara.server.portbase", 20000));
        try {
            payara.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting Payara Server", e);
        }
        return payara;
    }

    private static String database() {
        return System.getProperty("it.database", "embedded");
    }
}
