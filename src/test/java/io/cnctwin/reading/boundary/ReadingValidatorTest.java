package io.cnctwin.reading.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ReadingValidatorTest {

    @Test
    void acceptsTheDataSetsExtremes() {
        assertDoesNotThrow(() -> ReadingValidator.validate(reading(1, 30, 0.1, 1.5, 1, 0, 0, 50, 0, 0)));
        assertDoesNotThrow(() -> ReadingValidator.validate(reading(50, 90, 5, 10, 50, 5, 10, 500, 1, 15)));
    }

    @Test
    void rejectsMachineIdZero() {
        assertReason(reading(0, 40, 1, 5, 10, 0.5, 1, 450, 0.2, 1), "Machine_ID");
    }

    @Test
    void rejectsNegativePacketLoss() {
        assertReason(reading(1, 40, 1, 5, 10, -0.001, 1, 450, 0.2, 1), "Packet_Loss_%");
    }

    @Test
    void rejectsAMaintenanceScoreAboveOne() {
        assertReason(reading(1, 40, 1, 5, 10, 0.5, 1, 450, 1.0001, 1), "Predictive_Maintenance_Score");
    }

    @Test
    void rejectsInfinityNamingTheColumnAndLetsAMissingValuePass() throws RowRejectedException {
        ReadingValidator.validate(reading(1, Reading.MISSING, 1, 5, 10, 0.5, 1, 450, 0.2, 1));
        assertReason(reading(1, 40, 1, 5, 10, 0.5, 1, Double.POSITIVE_INFINITY, 0.2, 1), "Production_Speed_units_per_hr");
        assertReason(reading(1, 40, 1, 5, 10, 0.5, 1, 450, 0.2, Double.NEGATIVE_INFINITY), "Error_Rate_%");
    }

    @Test
    void rejectsAPhysicallyImpossibleSpindleTemperature() {
        assertReason(reading(1, 10_000, 1, 5, 10, 0.5, 1, 450, 0.2, 1), "Temperature_C");
    }

    @Test
    void rejectsTimesNoDatabaseColumnHolds() {
        Reading far = new Reading(1, LocalDateTime.of(999_999_999, 12, 31, 23, 59), OperationMode.ACTIVE, 40, 1, 5, 10,
                0.5, 1, 450, 0.2, 1, null);
        Reading early = new Reading(1, LocalDateTime.of(1969, 12, 31, 23, 59), OperationMode.ACTIVE, 40, 1, 5, 10,
                0.5, 1, 450, 0.2, 1, null);
        assertReason(far, "Timestamp");
        assertReason(early, "Timestamp");
    }

    private static void assertReason(Reading reading, String column) {
        RowRejectedException e = assertThrows(RowRejectedException.class, () -> ReadingValidator.validate(reading));
        assertTrue(e.getMessage().startsWith(column + " "), e.getMessage());
    }

    private static Reading reading(int machine, double temperature, double vibration, double power, double latency,
                                   double packetLoss, double defects, double speed, double score, double errors) {
        return new Reading(machine, LocalDateTime.of(2024, 1, 1, 0, 0), OperationMode.ACTIVE, temperature, vibration,
                power, latency, packetLoss, defects, speed, score, errors, null);
    }
}
