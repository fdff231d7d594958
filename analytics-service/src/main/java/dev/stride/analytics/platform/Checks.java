package dev.stride.analytics.platform;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The checks every consumed record applies to the fields it stores, so the database never rejects an event's data. */
public final class Checks {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_TEXT = 255;

    private Checks() {
    }

    /** Adds a problem when {@code value} is null. */
    public static void required(List<String> problems, String field, Object value) {
        if (value == null) {
            problems.add(field + " is missing");
        }
    }

    /** Adds a problem unless {@code value} is null or one line of at most 255 characters. */
    public static void text(List<String> problems, String field, String value) {
        if (value != null && (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl))) {
            problems.add(field + " is not a valid value");
        }
    }

    /** Adds a problem unless {@code value} is null or an ISO 4217 code. */
    public static void currency(List<String> problems, String field, String value) {
        if (value != null && !CURRENCY.matcher(value).matches()) {
            problems.add(field + " is not an ISO 4217 code: " + value);
        }
    }

    /** Adds a problem unless {@code value} is null or a non-negative amount that fits numeric(19, 4). */
    public static void amount(List<String> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.scale() > 4 || value.precision() - value.scale() > 15)) {
            problems.add(field + " is out of range: " + value);
        }
    }

    /** Adds a problem unless {@code version} is null or not negative. */
    public static void version(List<String> problems, Long version) {
        if (version != null && version < 0) {
            problems.add("version must not be negative: " + version);
        }
    }
}
