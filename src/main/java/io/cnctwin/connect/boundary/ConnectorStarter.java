package io.cnctwin.connect.boundary;

import io.cnctwin.alert.boundary.EventAlerts;
import io.cnctwin.alert.entity.ControllerAlarm;
import io.cnctwin.connect.control.ConnectorConfig;
import io.cnctwin.connect.control.ConnectorHealth;
import io.cnctwin.connect.control.ConnectorRun;
import io.cnctwin.connect.control.MqttSettings;
import io.cnctwin.connect.control.MqttSubscriber;
import io.cnctwin.connect.control.MtConnectSettings;
import io.cnctwin.connect.control.MtcConditions;
import io.cnctwin.connect.control.MtcPoller;
import io.cnctwin.connect.entity.MtcObservation;
import io.cnctwin.connect.control.ReadingSink;
import io.cnctwin.connect.control.Settings;
import io.cnctwin.connect.entity.Connector;
import io.cnctwin.pipeline.boundary.PipelineGate;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.time.LocalDateTime;
import java.util.List;

/** Builds the client of a connector from its stored settings, wired to the reading pipeline. */
@ApplicationScoped
public class ConnectorStarter {

    @Resource
    ManagedThreadFactory threads;
    @Inject
    ConnectorReadings readings;
    @Inject
    PipelineGate gate;
    @Inject
    EventAlerts alerts;

    /** IllegalArgumentException when the stored settings cannot work (the connector is FAILED until edited). */
    public ConnectorRun create(Connector connector, Map<String, String> secrets, ConnectorHealth health) {
        Settings settings = new Settings(ConnectorConfig.read(connector.getSettings()));
        long id = connector.getId();
        ReadingSink sink = (batch, position) -> gate.through(() -> readings.deliver(id, connector.getKind().source(), batch, position));
        return switch (connector.getKind()) {
            case MQTT -> new MqttSubscriber(MqttSettings.of(settings, secrets, "cnc-twin-connector-" + connector.getId()),
                    sink, health, threads);
            case MTCONNECT -> new MtcPoller(MtConnectSettings.of(settings), connector.getPosition(), sink, health,
                    new MtcConditions(new AlarmAlerts(alerts)), threads);
        };
    }

    /** Controller alarms as alerts of their own (rule controller_alarm), one per machine and native code. */
    private record AlarmAlerts(EventAlerts alerts) implements MtcConditions.Listener {

        @Override
        public void alarms(int machineId, List<MtcObservation> active, LocalDateTime at) {
            alerts.controllerAlarms(machineId, active.stream().map(c -> new ControllerAlarm(MtcConditions.code(c),
                    "Fault".equals(c.level()), c.nativeSeverity(), c.value(), c.timestamp())).toList(), at,
                    "cleared: the agent no longer reports it (NORMAL or UNAVAILABLE)");
        }
    }
}
