package dev.stride.crm.platform;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** One order a list can take: how to sort in HQL, and how to write and read its keyset position. */
public interface SortKey<E> {

    /** The name clients pass as {@code sort}, with {@code -} in front for descending. */
    String key();

    /** The HQL expression sorted on; ties are broken by {@code id}. */
    String expression();

    boolean descending();

    /** The sort value of a cursor, typed for the query. */
    Object parse(String cursorValue);

    /** The sort value of an item, as a cursor stores it. */
    String valueOf(E item);

    UUID idOf(E item);

    /** The sort a client named, the first of {@code sorts} when none, or a 400 naming {@code sort}. */
    static <S extends SortKey<?>> S named(String key, S[] sorts) {
        if (key == null || key.isBlank()) {
            return sorts[0];
        }
        return Arrays.stream(sorts).filter(s -> s.key().equals(key.strip())).findFirst()
                .orElseThrow(() -> new ProblemException.InvalidField("sort", "must be one of "
                        + Arrays.stream(sorts).map(SortKey::key).collect(Collectors.joining(", "))));
    }
}
