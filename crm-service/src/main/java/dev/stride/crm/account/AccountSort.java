package dev.stride.crm.account;

import dev.stride.crm.platform.ProblemException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The orders an account list can take; {@code -} in front of the key means descending. */
enum AccountSort {
    NAME("name", "lower(name)", false, s -> s, a -> a.name.toLowerCase(Locale.ROOT)),
    NAME_DESC("-name", "lower(name)", true, s -> s, a -> a.name.toLowerCase(Locale.ROOT)),
    CREATED("createdAt", "createdAt", false, Instant::parse, a -> a.createdAt.toString()),
    CREATED_DESC("-createdAt", "createdAt", true, Instant::parse, a -> a.createdAt.toString());

    private final String key;
    private final String expression;
    private final boolean descending;
    private final Function<String, Object> parser;
    private final Function<Account, String> value;

    AccountSort(String key, String expression, boolean descending, Function<String, Object> parser,
            Function<Account, String> value) {
        this.key = key;
        this.expression = expression;
        this.descending = descending;
        this.parser = parser;
        this.value = value;
    }

    static AccountSort of(String key) {
        if (key == null || key.isBlank()) {
            return NAME;
        }
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new ProblemException.InvalidField("sort", "must be one of "
                        + Arrays.stream(values()).map(s -> s.key).collect(Collectors.joining(", "))));
    }

    String key() {
        return key;
    }

    String expression() {
        return expression;
    }

    boolean descending() {
        return descending;
    }

    Object parse(String cursorValue) {
        return parser.apply(cursorValue);
    }

    String valueOf(Account account) {
        return value.apply(account);
    }
}
