package dev.stride.kpi.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NationalHolidaysTest {

    private static final Set<LocalDate> JAPAN = NationalHolidays.of(NationalHolidays.JAPAN).stream()
            .map(Holiday::date).collect(Collectors.toSet());

    @Test
    void japansCalendarCoversTwentyTwentyToTwentyThirty() {
        assertEquals(2020, NationalHolidays.firstYear(NationalHolidays.JAPAN));
        assertEquals(2030, NationalHolidays.lastYear(NationalHolidays.JAPAN));
    }

    @Test
    void theOlympicYearsMovedMarineSportsAndMountainDays() {
        assertTrue(JAPAN.containsAll(List.of(LocalDate.of(2020, 7, 23), LocalDate.of(2020, 7, 24),
                LocalDate.of(2020, 8, 10), LocalDate.of(2021, 7, 22), LocalDate.of(2021, 7, 23),
                LocalDate.of(2021, 8, 8), LocalDate.of(2021, 8, 9))));
        assertFalse(JAPAN.contains(LocalDate.of(2020, 10, 12)) || JAPAN.contains(LocalDate.of(2021, 8, 11)));
    }

    @Test
    void substituteAndCitizensHolidaysAreThere() {
        assertTrue(JAPAN.containsAll(List.of(LocalDate.of(2024, 2, 12), LocalDate.of(2024, 11, 4),
                LocalDate.of(2025, 11, 24), LocalDate.of(2026, 5, 6), LocalDate.of(2026, 9, 22),
                LocalDate.of(2027, 3, 22))));
    }

    @Test
    void everyYearHasItsSixteenHolidaysPlusItsSubstituteAndCitizensDays() {
        for (int year = 2020; year <= 2030; year++) {
            int y = year;
            long count = JAPAN.stream().filter(d -> d.getYear() == y).count();
            assertTrue(count >= 16 && count <= 21, year + " has " + count + " holidays");
        }
        assertEquals(16, JAPAN.stream().filter(d -> d.getYear() == 2023).count() - 1,
                "2023: sixteen holidays and one substitute (January 2)");
    }
}
