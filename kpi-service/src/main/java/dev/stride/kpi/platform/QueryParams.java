package dev.stride.kpi.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Typed query parameters: absent or blank is none; a malformed one is a 400 naming it (JAX-RS would answer a failed
 * conversion with a 404 that says nothing about which parameter is wrong).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID id(String name, String value) {
        return parse(name, value, UUID::fromString, "must be an id like 3f2b8c1e-5d4a-4e6f-8a9b-1c2d3e4f5a6b");
    }

    public static LocalDate date(String name, String value) {
        return parse(name, value, LocalDate::parse, "must be a date like 2026-11-30");
    }

    public static BigDecimal decimal(String name, String value) {
        return parse(name, value, BigDecimal::new, "must be a number like 0.1");
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ProblemException.InvalidField(name, expected);
        }
    }
}
