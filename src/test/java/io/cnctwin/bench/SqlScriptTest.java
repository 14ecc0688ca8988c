package io.cnctwin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void theCoveringIndexScriptIsSixStatementsOutsideAnyTransactionButItsOwn() throws Exception {
        List<String> statements = SqlScript.statements(Files.readString(Path.of("server-config/postgres/covering-aggregate-index.sql")));
        assertEquals(6, statements.size(), statements.toString());
        assertTrue(statements.get(0).startsWith("CREATE UNIQUE INDEX CONCURRENTLY"), statements.get(0));
        assertTrue(statements.get(0).contains("INCLUDE (temperature_c"), statements.get(0));
        assertEquals(List.of("BEGIN", "COMMIT", "VACUUM (ANALYZE) sensor_readings"),
                List.of(statements.get(1), statements.get(4), statements.get(5)));
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndAnUnfinishedStatementIsRefused() {
        assertEquals(List.of("SELECT 1", "SELECT\n  2"), SqlScript.statements("-- a comment\nSELECT 1;\n\nSELECT\n  2;\n"));
        assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("SELECT 1;\nSELECT 2"));
    }
}
