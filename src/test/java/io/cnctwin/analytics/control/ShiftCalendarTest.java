package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.OeeCalculator;
import io.cnctwin.analytics.entity.Oee;
import io.cnctwin.reading.entity.OperationMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Requirement: OEE per shift, with configurable shift starts (default 06:00, 14:00, 22:00 UTC). */
class ShiftCalendarTest {

    final ShiftCalendar cut = ShiftCalendar.parse(ShiftCalendar.DEFAULT);
    static final LocalDate DAY = LocalDate.of(2025, 1, 6);

    @Test
    void aShiftRunsFromItsStartToTheNextStart() {
        ShiftCalendar.Shift early = cut.shiftOf(DAY.atTime(6, 0));
        assertEquals(new ShiftCalendar.Shift(DAY, 1, DAY.atTime(6, 0), DAY.atTime(14, 0)), early);
        assertEquals(1, cut.shiftOf(DAY.atTime(13, 59, 59)).number());
        assertEquals(2, cut.shiftOf(DAY.atTime(14, 0)).number());
    }

    @Test
    void theNightShiftBelongsToTheDayItBeganOn() {
        ShiftCalendar.Shift night = cut.shiftOf(DAY.plusDays(1).atTime(3, 0));
        assertEquals(new ShiftCalendar.Shift(DAY, 3, DAY.atTime(22, 0), DAY.plusDays(1).atTime(6, 0)), night);
        assertEquals(night, cut.shiftOf(DAY.atTime(23, 30)));
    }

    @Test
    void startsAreConfigurableInAnyOrder() {
        ShiftCalendar two = ShiftCalendar.parse(" 18:30, 07:00 ");
        assertEquals(List.of(LocalTime.of(7, 0), LocalTime.of(18, 30)), two.starts());
        assertEquals(2, two.shiftOf(DAY.atTime(2, 0)).number());
        assertEquals(DAY.minusDays(1), two.shiftOf(DAY.atTime(2, 0)).day());
        assertEquals(1, ShiftCalendar.parse("00:00").shiftOf(DAY.atTime(23, 59)).number());
    }

    @Test
    void refusesWhatIsNoCalendar() {
        assertThrows(IllegalArgumentException.class, () -> ShiftCalendar.parse("6 o'clock"));
        assertThrows(IllegalArgumentException.class, () -> ShiftCalendar.parse("06:00,06:00"));
        assertThrows(IllegalArgumentException.class, () -> ShiftCalendar.parse(""));
    }

    @Test
    void oeeIsCreditedToTheShiftOfEachInterval() {
        OeeCalculator oee = new OeeCalculator(cut);
        LocalDateTime at = DAY.atTime(5, 50);
        // 05:50-06:00 Idle (night shift of the 5th), 06:00-06:10 Active (early shift of the 6th)
        for (int i = 0; i <= 10; i++) {
            OperationMode mode = i < 5 ? OperationMode.IDLE : OperationMode.ACTIVE;
            oee.add(ReadingBuilder.healthy().at(at.plusMinutes(2L * i)).mode(mode).speed(400).build());
        }
        Map<ShiftCalendar.Shift, Oee> shifts = oee.byShift();
        assertEquals(2, shifts.size());
        Oee night = shifts.get(cut.shiftOf(at));
        Oee early = shifts.get(cut.shiftOf(DAY.atTime(6, 0)));
        assertEquals(0, night.availability(), 1e-9);
        assertEquals(10, night.plannedMinutes(), 1e-9);
        assertEquals(1, early.availability(), 1e-9);
        assertEquals(0.8, early.performance(), 1e-9);
        assertEquals(10, early.plannedMinutes(), 1e-9);
        assertEquals(Map.of(), new OeeCalculator().byShift());
    }
}
