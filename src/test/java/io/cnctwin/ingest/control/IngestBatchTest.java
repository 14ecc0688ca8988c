package io.cnctwin.ingest.control;

import io.cnctwin.ingest.entity.IngestItem;
import io.cnctwin.ingest.entity.IngestResult;
import io.cnctwin.reading.boundary.RowRejectedException;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IngestBatchTest {

    static final LocalDateTime DAY = LocalDateTime.of(2025, 1, 6, 0, 0);

    IngestBatch cut = new IngestBatch(7, false);

    @Test
    void onlyValidReadingsOfThePathsMachineGoToThePipeline() {
        cut.offer(0, "t0", List.of(), () -> reading(7, DAY, 70));
        cut.offer(1, "t1", List.of("temperatureC must be less than or equal to 250"), () -> reading(7, DAY, 300));
        cut.offer(2, "t2", List.of(), () -> reading(8, DAY.plusMinutes(1), 70));
        cut.offer(3, "t3", List.of(), () -> reading(7, DAY.plusMinutes(2), 251));
        cut.offer(4, "not a time", List.of(), () -> {
            throw new RowRejectedException("Timestamp 'not a time' is not ISO-8601");
        });
        assertEquals(List.of(reading(7, DAY, 70)), cut.valid());
        List<IngestItem> items = cut.result(cut.valid()).items();
        assertEquals("temperatureC must be less than or equal to 250", items.get(1).reason());
        assertEquals("Machine_ID 8 is not machine 7 of the path", items.get(2).reason());
        assertEquals("Temperature_C 251.0 outside the physical range -40.0..250.0", items.get(3).reason());
        assertEquals("not a time", items.get(4).timestamp());
    }

    @Test
    void aReasonQuotingAHugeValueStaysShort() {
        cut.offer(0, null, List.of(), () -> {
            throw new RowRejectedException("unknown operation mode '" + "A".repeat(3_000_000) + "'");
        });
        String reason = cut.result(List.of()).items().get(0).reason();
        assertEquals(IngestBatch.MAX_REASON + 3, reason.length());
        assertEquals("unknown operation mode 'AAA", reason.substring(0, 27));
    }

    @Test
    void joinsSeveralViolationsInAStableOrder() {
        cut.offer(0, null, List.of("timestamp is required", "powerKw is required"), () -> reading(7, DAY, 70));
        assertEquals("powerKw is required; timestamp is required", cut.result(List.of()).items().get(0).reason());
    }

    @Test
    void storedItemsAreAcceptedTheOthersDuplicatesInTheOrderSent() {
        cut.offer(0, null, List.of(), () -> reading(7, DAY, 70));
        cut.offer(1, null, List.of(), () -> reading(7, DAY.plusMinutes(1), 71));
        cut.offer(2, null, List.of(), () -> reading(7, DAY, 70));
        cut.reject(3, "2025-01-06T00:03:00Z", "unreadable");
        IngestResult result = cut.result(List.of(reading(7, DAY, 70)));
        assertEquals(1, result.accepted());
        assertEquals(2, result.duplicates());
        assertEquals(1, result.rejected());
        assertEquals(List.of(IngestItem.ACCEPTED, IngestItem.DUPLICATE, IngestItem.DUPLICATE, IngestItem.REJECTED),
                result.items().stream().map(IngestItem::status).toList());
        assertEquals(new IngestItem(0, null, "2025-01-06T00:00:00Z", IngestItem.ACCEPTED, null), result.items().get(0));
    }

    @Test
    void csvItemsAreNumberedByLine() {
        IngestBatch csv = new IngestBatch(7, true);
        csv.offer(2, null, List.of(), () -> reading(7, DAY, 70));
        IngestItem item = csv.result(List.of()).items().get(0);
        assertNull(item.index());
        assertEquals(2, item.line());
        assertEquals(IngestItem.DUPLICATE, item.status());
    }

    @Test
    void refusesMoreItemsThanOneRequestMayCarry() {
        for (int i = 0; i < IngestBatch.MAX_ITEMS; i++) {
            cut.reject(i, null, "x");
        }
        assertThrows(BatchTooLargeException.class, () -> cut.reject(IngestBatch.MAX_ITEMS, null, "x"));
    }

    @Test
    void aReadingDatedAheadOfTheAllowedSkewIsRejectedAndNeverBecomesTheLatest() {
        cut.offer(0, "now", List.of(), () -> reading(7, DAY, 70));
        cut.offer(1, "9998", List.of(), () -> reading(7, LocalDateTime.of(9998, 1, 1, 0, 0), 70));
        assertEquals(1, cut.rejectAfter(DAY.plusMinutes(5), "timestamp is more than PT5M ahead"));
        assertEquals(1, cut.valid().size());
        List<IngestItem> items = cut.result(cut.valid()).items();
        assertEquals("timestamp is more than PT5M ahead", items.get(1).reason());
    }

    static Reading reading(int machine, LocalDateTime at, double temperature) {
        return new Reading(machine, at, OperationMode.ACTIVE, temperature, 2, 6, 18, 1, 3, 410, 0.6, 4, null);
    }
}
