package io.cnctwin.cluster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configuration of several nodes on one PostgreSQL (docs/deployment.md, Running several nodes). */
@ApplicationScoped
public class ClusterSettings {

    @Inject
    @ConfigProperty(name = "twin.cluster.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "twin.cluster.heartbeat", defaultValue = "PT0.5S")
    Duration heartbeat;
    @Inject
    @ConfigProperty(name = "twin.cluster.node-name")
    Optional<String> nodeName;
    @Inject
    @ConfigProperty(name = "twin.cluster.db.url")
    Optional<String> url;
    @Inject
    @ConfigProperty(name = "twin.cluster.db.user")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "twin.cluster.db.password")
    Optional<String> password;
    // the variable server-config's datasource definitions read: one secret to set, not two
    @Inject
    @ConfigProperty(name = "DB_PASSWORD")
    Optional<String> datasourcePassword;

    private volatile String resolvedName;

    public boolean enabled() {
        return enabled;
    }

    public Duration heartbeat() {
        return heartbeat;
    }

    /** A name for logs, health and pg_stat_activity: configured, else host and process id. */
    public String nodeName() {
        if (resolvedName == null) {
            resolvedName = nodeName.filter(n -> !n.isBlank()).orElseGet(ClusterSettings::hostAndPid);
        }
        return resolvedName;
    }

    public Optional<String> url() {
        return url;
    }

    public Optional<String> user() {
        return user;
    }

    public Optional<String> password() {
        return password.or(() -> datasourcePassword);
    }

    private static String hostAndPid() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
