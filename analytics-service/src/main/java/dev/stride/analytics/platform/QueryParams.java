package dev.stride.analytics.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Typed query and path parameters: absent or blank is none; a malformed one is a 400 naming it (JAX-RS would answer a
 * failed conversion with a 404 that says nothing about which parameter is wrong).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID id(String name, String value) {
        return parse(name, value, UUID::fromString, "must be an id (a UUID)");
    }

    public static LocalDate date(String name, String value) {
        return parse(name, value, LocalDate::parse, "must be a date as YYYY-MM-DD");
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ProblemException.InvalidField(name, expected + ", not \"" + value + "\"");
        }
    }
}
