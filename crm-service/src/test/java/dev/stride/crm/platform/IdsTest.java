package dev.stride.crm.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** New record ids are RFC 9562 version 7: the creation time in their first 48 bits, so they sort by it. */
class IdsTest {

    @Test
    void anIdCarriesItsMillisecondVersionAndVariant() {
        long millis = 1_764_320_400_123L; // 2025-11-28T09:00:00.123Z
        UUID id = Ids.at(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant(), "the IETF variant (10xx)");
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
        assertTrue(id.toString().startsWith("019ac9b0-d2fb-7"), id.toString());
    }

    @Test
    void idsOfLaterMillisecondsSortAfterAndNoneRepeat() {
        Set<UUID> seen = new HashSet<>();
        UUID previous = Ids.at(1_000L);
        for (long millis = 1_001L; millis < 11_001L; millis++) {
            UUID id = Ids.at(millis);
            assertTrue(id.toString().compareTo(previous.toString()) > 0, previous + " then " + id);
            assertTrue(seen.add(id));
            previous = id;
        }
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(Ids.newId()), "74 random bits apart within a millisecond");
        }
    }

    @Test
    void threadsOfTheSameMillisecondMakeDifferentIds() {
        // each thread has a generator of its own: no two may share a seed
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                threads.execute(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        seen.add(Ids.at(1_000L));
                    }
                });
            }
        }
        assertEquals(8_000, seen.size());
    }
}
