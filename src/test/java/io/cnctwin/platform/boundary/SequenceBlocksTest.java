package io.cnctwin.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SequenceBlocksTest {

    Connection connection;

    @BeforeEach
    void openDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:blocks" + System.nanoTime());
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SEQUENCE test_seq START WITH 3 INCREMENT BY 3");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void handsOutEveryIdOfEachBlockOnceWithOneRoundTripPerBlock() throws SQLException {
        SequenceBlocks cut = new SequenceBlocks("test_seq", 3);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(cut.next(connection));
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), ids);
        // three blocks were taken: the sequence stands at 9
        assertEquals(12, nextRaw());
    }

    @Test
    void twoAllocatorsOnOneSequenceNeverShareAnId() throws SQLException {
        SequenceBlocks a = new SequenceBlocks("test_seq", 3);
        SequenceBlocks b = new SequenceBlocks("test_seq", 3);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(a.next(connection));
            ids.add(b.next(connection));
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
    }

    @Test
    void refusesANameThatCouldCarrySql() {
        assertThrows(IllegalArgumentException.class, () -> new SequenceBlocks("x; DROP TABLE users", 3));
        assertThrows(IllegalArgumentException.class, () -> new SequenceBlocks("test_seq", 0));
    }

    private long nextRaw() throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("SELECT NEXT VALUE FOR test_seq")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
