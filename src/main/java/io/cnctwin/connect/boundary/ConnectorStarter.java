package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.ConnectorConfig;
import io.cnctwin.connect.control.ConnectorHealth;
import io.cnctwin.connect.control.ConnectorRun;
import io.cnctwin.connect.control.MqttSettings;
import io.cnctwin.connect.control.MqttSubscriber;
import io.cnctwin.connect.control.MtConnectSettings;
import io.cnctwin.connect.control.ReadingSink;
import io.cnctwin.connect.control.Settings;
import io.cnctwin.connect.entity.Connector;
import io.cnctwin.pipeline.boundary.PipelineGate;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Builds the client of a connector from its stored settings, wired to the reading pipeline. */
@ApplicationScoped
public class ConnectorStarter {

    @Resource
    ManagedThreadFactory threads;
    @Inject
    ConnectorReadings readings;
    @Inject
    PipelineGate gate;

    /** IllegalArgumentException when the stored settings cannot work (the connector is FAILED until edited). */
    public ConnectorRun create(Connector connector, Map<String, String> secrets, ConnectorHealth health) {
        Settings settings = new Settings(ConnectorConfig.read(connector.getSettings()));
        ReadingSink sink = ConnectorReadings.sink(readings, gate, connector.getId(), connector.getKind().source());
        return switch (connector.getKind()) {
            case MQTT -> new MqttSubscriber(MqttSettings.of(settings, secrets, "cnc-twin-connector-" + connector.getId()),
                    sink, health, threads);
            case MTCONNECT -> throw new IllegalArgumentException("MTConnect: " + MtConnectSettings.of(settings));
        };
    }
}
