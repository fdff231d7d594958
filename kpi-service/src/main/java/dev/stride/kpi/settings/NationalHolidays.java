package dev.stride.kpi.settings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The national holiday calendars Stride ships as data ({@code src/main/resources/holidays/<country>.csv}): today
 * Japan's, 2020-2030. A calendar is read once and kept.
 */
final class NationalHolidays {

    static final String JAPAN = "JP";
    private static final Map<String, List<Holiday>> CALENDARS = Map.of(JAPAN, read("/holidays/jp.csv"));

    private NationalHolidays() {
    }

    static boolean exists(String country) {
        return CALENDARS.containsKey(country);
    }

    /** The country's holidays in date order; none for a tenant without a national calendar (null). */
    static List<Holiday> of(String country) {
        return country == null ? List.of() : CALENDARS.getOrDefault(country, List.of());
    }

    /** The first and last year the shipped data covers. */
    static int firstYear(String country) {
        return of(country).getFirst().date().getYear();
    }

    static int lastYear(String country) {
        return of(country).getLast().date().getYear();
    }

    private static List<Holiday> read(String resource) {
        try (InputStream in = NationalHolidays.class.getResourceAsStream(resource);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Holiday> holidays = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split(",", 3);
                    holidays.add(new Holiday(LocalDate.parse(cells[0]), cells[1], cells[2], true));
                }
            }
            return List.copyOf(holidays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
