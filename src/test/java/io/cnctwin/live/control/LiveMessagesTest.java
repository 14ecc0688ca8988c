package io.cnctwin.live.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.imports.control.ImportProgress;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Import progress goes out as {"type":"import","import":{...}}, without the rejection list. */
class LiveMessagesTest {

    @Test
    void anImportMessageNamesItsJobImport() throws Exception {
        ImportProgress progress = new ImportProgress("job-9", 10, () -> Instant.parse("2025-01-16T10:00:00Z"));
        progress.start(3);
        progress.rejected(2, "bad");
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(new LiveMessages.ImportMessage(progress.view(false)));
            assertTrue(json.contains("\"import\":{"), json);
            assertTrue(json.contains("\"type\":\"import\""), json);
            assertTrue(json.contains("\"id\":\"job-9\""), json);
            assertTrue(json.contains("\"state\":\"RUNNING\""), json);
            assertFalse(json.contains("importJob"), json);
            assertFalse(json.contains("rejections"), json);
        }
    }
}
