package io.cnctwin.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    static final String DATASOURCE_URL = "jdbc:postgresql://db:5432/twin?reWriteBatchedInserts=true&password=secret";

    @Test
    void theDatasourceUrlAndUserServeWhenNothingIsConfigured() {
        ConnectionSettings cut = ConnectionSettings.of(Optional.empty(), Optional.empty(), Optional.of("pw"),
                DATASOURCE_URL, "twin");
        assertEquals(DATASOURCE_URL, cut.url());
        assertEquals("twin", cut.user());
        assertEquals("pw", cut.password());
    }

    @Test
    void configuredValuesWin() {
        ConnectionSettings cut = ConnectionSettings.of(Optional.of("jdbc:postgresql://other/db"), Optional.of("leader"),
                Optional.empty(), DATASOURCE_URL, "twin");
        assertEquals("jdbc:postgresql://other/db", cut.url());
        assertEquals("leader", cut.user());
        assertNull(cut.password());
    }

    @Test
    void anotherDatabaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.of(Optional.empty(), Optional.empty(),
                Optional.empty(), "jdbc:h2:mem:twin", "sa"));
    }

    @Test
    void theDescriptionShowsNeitherPasswordNorQuery() {
        ConnectionSettings cut = new ConnectionSettings(DATASOURCE_URL, "twin", "pw");
        assertEquals("jdbc:postgresql://db:5432/twin as twin", cut.toString());
        assertFalse(cut.toString().contains("secret"));
    }

    @Test
    void driverPropertiesCarryCredentialsAndBoundedWaits() {
        Properties properties = new ConnectionSettings(DATASOURCE_URL, "twin", "pw").properties("leader lock");
        assertEquals("twin", properties.getProperty("user"));
        assertEquals("pw", properties.getProperty("password"));
        assertEquals("leader lock", properties.getProperty("ApplicationName"));
        assertEquals("true", properties.getProperty("tcpKeepAlive"));
        assertEquals("10", properties.getProperty("socketTimeout"));
    }
}
