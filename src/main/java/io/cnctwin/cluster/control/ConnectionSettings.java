package io.cnctwin.cluster.control;

import java.util.Optional;
import java.util.Properties;

/**
 * Where the node's dedicated connections go: the datasource's own URL and user (as its JDBC metadata reports them)
 * unless configured otherwise, and the password from configuration (the metadata never reports it).
 */
public record ConnectionSettings(String url, String user, String password) {

    /** The configured values win; the datasource's URL and user fill the gaps. */
    public static ConnectionSettings of(Optional<String> url, Optional<String> user, Optional<String> password,
                                        String dataSourceUrl, String dataSourceUser) {
        String chosenUrl = url.filter(u -> !u.isBlank()).orElse(dataSourceUrl);
        if (chosenUrl == null || !chosenUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL; set twin.cluster.db.url");
        }
        return new ConnectionSettings(chosenUrl, user.filter(u -> !u.isBlank()).orElse(dataSourceUser),
                password.orElse(null));
    }

    /** Driver properties: who connects, TCP keep-alive, a name in pg_stat_activity, and no endless waits. */
    public Properties properties(String applicationName) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "10");
        return properties;
    }

    @Override
    public String toString() {
        // never the password, and never the URL's query (it may carry one too)
        int query = url.indexOf('?');
        return (query < 0 ? url : url.substring(0, query)) + " as " + user;
    }
}
