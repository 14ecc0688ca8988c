package io.cnctwin.ingest.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.boundary.ReadingValidator;
import io.cnctwin.reading.boundary.RowRejectedException;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import jakarta.json.bind.JsonbException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.reflect.RecordComponent;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingRequestTest {

    static final String ONE = "{\"timestamp\":\"2025-01-06T01:00:00+01:00\",\"operationMode\":\"Active\","
            + "\"temperatureC\":71.25,\"vibrationHz\":2.1,\"powerKw\":6.5,\"latencyMs\":18,\"packetLossPct\":1.5,"
            + "\"defectRatePct\":3.2,\"productionSpeed\":410,\"maintenanceScore\":0.62,\"errorRatePct\":4.75}";

    @Test
    void bindsOneObjectOrAnArrayAndReadsTheReadingInUtc() throws RowRejectedException {
        List<ReadingRequest> one = ReadingIngest.parse(ONE);
        assertEquals(2, ReadingIngest.parse("[" + ONE + "," + ONE.replace("}", ",\"efficiencyStatus\":\"High\"}") + "]").size());
        assertEquals(new Reading(7, LocalDateTime.of(2025, 1, 6, 0, 0), OperationMode.ACTIVE, 71.25, 2.1, 6.5, 18, 1.5,
                3.2, 410, 0.62, 4.75, null), one.get(0).toReading(7));
        assertEquals(EfficiencyStatus.HIGH, ReadingIngest.parse(ONE.replace("}", ",\"efficiencyStatus\":\"high\"}"))
                .get(0).toReading(7).efficiencyLabel());
    }

    @Test
    void aMeasuredValueLeftOutOrNullIsNotMeasuredNeverZero() throws RowRejectedException {
        Reading left = ReadingIngest.parse(ONE.replace("\"powerKw\":6.5,", "")).get(0).toReading(7);
        Reading nulled = ReadingIngest.parse(ONE.replace("\"powerKw\":6.5", "\"powerKw\":null")).get(0).toReading(7);
        assertTrue(Reading.missing(left.powerKw()));
        assertTrue(Reading.missing(nulled.powerKw()));
        assertEquals(71.25, left.temperatureC());
        ReadingValidator.validate(left);
    }

    @Test
    void aNaNOrInfinitySentAsAValueIsRejectedNotTakenForMissing() {
        RowRejectedException e = assertThrows(RowRejectedException.class,
                () -> ReadingIngest.parse(ONE.replace("71.25", "\"NaN\"")).get(0).toReading(7));
        assertEquals("temperatureC NaN is not a finite number", e.getMessage());
    }

    @Test
    void theBodysMachineIdWinsSoThatAMismatchCanBeRejected() throws RowRejectedException {
        assertEquals(8, ReadingIngest.parse(ONE.replace("{", "{\"machineId\":8,")).get(0).toReading(7).machineId());
    }

    @Test
    void aWrongLabelIsAReasonNotAFailure() {
        RowRejectedException e = assertThrows(RowRejectedException.class,
                () -> ReadingIngest.parse(ONE.replace("Active", "Running")).get(0).toReading(7));
        assertEquals("unknown operation mode 'Running' (expected Active, Idle or Maintenance)", e.getMessage());
    }

    @Test
    void malformedJsonIsAJsonbException() {
        assertThrows(JsonbException.class, () -> ReadingIngest.parse("{\"timestamp\":"));
        assertThrows(JsonbException.class, () -> ReadingIngest.parse("42"));
    }

    @Test
    void theConstraintsAreTheValidatorsPhysicalBounds() throws Exception {
        Reading base = ReadingIngest.parse(ONE).get(0).toReading(7);
        for (RecordComponent component : ReadingRequest.class.getRecordComponents()) {
            DecimalMin min = ReadingRequest.class.getDeclaredField(component.getName()).getAnnotation(DecimalMin.class);
            DecimalMax max = ReadingRequest.class.getDeclaredField(component.getName()).getAnnotation(DecimalMax.class);
            if (min == null) {
                continue;
            }
            String json = ONE.replaceAll("\"" + component.getName() + "\":[0-9.]+", "\"" + component.getName() + "\":%s");
            double low = Double.parseDouble(min.value());
            double high = Double.parseDouble(max.value());
            ReadingValidator.validate(ReadingIngest.parse(json.formatted(low)).get(0).toReading(7));
            ReadingValidator.validate(ReadingIngest.parse(json.formatted(high)).get(0).toReading(7));
            assertThrows(RowRejectedException.class, () -> ReadingValidator.validate(
                    ReadingIngest.parse(json.formatted(low - 1e-6)).get(0).toReading(7)), component.getName());
            assertThrows(RowRejectedException.class, () -> ReadingValidator.validate(
                    ReadingIngest.parse(json.formatted(high + 1e-6)).get(0).toReading(7)), component.getName());
        }
        assertEquals(7, base.machineId());
    }
}
