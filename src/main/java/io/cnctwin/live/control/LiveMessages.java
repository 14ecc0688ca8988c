package io.cnctwin.live.control;

import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.ingest.entity.ImportView;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.replay.entity.ReplayStatus;
import io.cnctwin.telemetry.entity.ReadingView;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** The JSON messages of ws/live (docs/api.md, WebSocket). */
public final class LiveMessages {

    private LiveMessages() {
    }

    public record ReadingMessage(String type, ReadingView reading, MachineStatus machineStatus) {
        public ReadingMessage(ReadingView reading, MachineStatus machineStatus) {
            this("reading", reading, machineStatus);
        }
    }

    public record AlertMessage(String type, String event, AlertView alert) {
        public AlertMessage(String event, AlertView alert) {
            this("alert", event, alert);
        }
    }

    public record TwinMessage(String type, ReplayStatus twin) {
        public TwinMessage(ReplayStatus twin) {
            this("twin", twin);
        }
    }

    /** {@code import} is a Java keyword, hence the component's other name. */
    public record ImportMessage(String type, @JsonbProperty("import") ImportView importJob) {
        public ImportMessage(ImportView importJob) {
            this("import", importJob);
        }
    }

    public record Welcome(String type, String username, List<String> roles, long expiresAt) {
        public Welcome(String username, List<String> roles, long expiresAt) {
            this("welcome", username, roles, expiresAt);
        }
    }

    public record Failure(String type, String detail) {
        public Failure(String detail) {
            this("error", detail);
        }
    }
}
