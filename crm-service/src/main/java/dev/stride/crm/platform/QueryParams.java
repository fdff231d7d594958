package dev.stride.crm.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Typed list filters from query parameters: absent or blank is no filter; a malformed one is a 400 naming it. */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID id(String name, String value) {
        return parse(name, value, UUID::fromString, "must be an id like 3f2b8c1e-5d4a-4e6f-8a9b-1c2d3e4f5a6b");
    }

    public static Instant instant(String name, String value) {
        return parse(name, value, Instant::parse, "must be an ISO 8601 instant like 2026-11-01T00:00:00Z");
    }

    public static LocalDate date(String name, String value) {
        return parse(name, value, LocalDate::parse, "must be a date like 2026-11-30");
    }

    /** One of the enum's constants, in any letter case. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        return parse(name, value, v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)), "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        String given = Text.trimmedOrNull(value);
        if (given == null) {
            return null;
        }
        try {
            return parser.apply(given);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ProblemException.InvalidField(name, expected);
        }
    }
}
