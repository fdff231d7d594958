package dev.stride.analytics.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch's states are written at once, as the newest state of each record: the one the table's guard would keep
 * after applying them one by one (a higher version wins; at the same version a delete wins, else the later event).
 */
class FactTableTest {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void eachRecordEndsWithTheStateTheGuardKeepsInTheOrderRecordsFirstCame() {
        List<Object[]> newest = FactTable.ACTIVITIES.newest(List.of(
                activity("a", 2, false, T0, "second"),
                activity("b", 0, false, T0, "b only"),
                activity("a", 1, false, T0.plusSeconds(60), "older version, later event"),
                activity("a", 2, false, T0.minusSeconds(60), "same version, earlier event"),
                activity("a", 2, false, T0, "same version, same time, later in the batch")));

        assertEquals(List.of("a", "b"), newest.stream().map(row -> row[0]).toList());
        assertEquals("same version, same time, later in the batch", newest.getFirst()[1]);
    }

    @Test
    void aDeleteWinsAtItsVersionAndAnUpdateOfTheSameVersionNeverRevivesTheRecord() {
        List<Object[]> newest = FactTable.ACTIVITIES.newest(List.of(
                activity("a", 3, true, T0, "deleted"),
                activity("a", 3, false, T0.plusSeconds(60), "update of the same version, later")));
        assertEquals("deleted", newest.getFirst()[1]);

        assertEquals("re-created", FactTable.ACTIVITIES.newest(List.of(
                activity("a", 3, true, T0, "deleted"),
                activity("a", 4, false, T0, "re-created"))).getFirst()[1]);
    }

    /** An activity row whose type column carries a label, so the test can tell which state won. */
    private static Object[] activity(String id, long version, boolean deleted, Instant time, String label) {
        return new Object[] { id, label, "owner", null, null, version, deleted, time };
    }
}
