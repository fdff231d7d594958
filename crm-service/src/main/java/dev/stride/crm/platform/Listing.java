package dev.stride.crm.platform;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds a filtered, keyset-paged list query over one entity: filters are added only for the values given, the total
 * counts every match, and the page continues after the cursor's (sort value, id) so it stays stable while rows are
 * added. The entity's Panache {@code count}/{@code find} are passed in as lambdas (a method reference would bind to
 * {@code PanacheEntityBase} and miss Panache's enhancement), so the tenant filter applies as always.
 */
public final class Listing<E> {

    /** Rows per step of {@link #each}. */
    private static final int BATCH = 500;

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters params = new Parameters();

    /** Adds {@code condition} (naming {@code :name}) when {@code value} is not null. */
    public Listing<E> where(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.and(name, value);
        }
        return this;
    }

    /** Adds {@code condition} (without parameters) when {@code apply} holds. */
    public Listing<E> when(boolean apply, String condition) {
        if (apply) {
            where.append(" and ").append(condition);
        }
        return this;
    }

    /** Keeps the rows owned by one of {@code owners} (none when it is empty); no filter when it is null. */
    public Listing<E> ownedByAnyOf(List<String> owners) {
        if (owners == null) {
            return this;
        }
        return owners.isEmpty() ? when(true, "1 = 0") : where("ownerId in :owners", "owners", owners);
    }

    /** Matches rows where any of the expressions contains {@code text}, case-insensitively and literally. */
    public Listing<E> containing(String text, String... expressions) {
        if (text != null) {
            where.append(" and (");
            for (int i = 0; i < expressions.length; i++) {
                where.append(i == 0 ? "" : " or ").append("lower(").append(expressions[i])
                        .append(") like :text escape '\\'");
            }
            where.append(')');
            params.and("text", "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        return this;
    }

    public <R> Page<R> page(BiFunction<String, Parameters, Long> count,
            BiFunction<String, Parameters, PanacheQuery<E>> find, SortKey<E> sort, String encodedCursor, int limit,
            Function<E, R> map) {
        long total = count.apply(where.toString(), params);
        List<E> rows = after(find, sort, Cursor.decode(encodedCursor, sort.key()), limit + 1);
        String next = rows.size() > limit ? cursorAt(sort, rows.get(limit - 1)).encode() : null;
        List<R> items = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())).stream().map(map).toList());
        return new Page<>(items, total, next);
    }

    /**
     * Hands every match to {@code rows}, a batch at a time in the sort's order, without counting; the persistence
     * context is cleared after each batch, so memory stays flat however long the list is (exports).
     */
    public void each(BiFunction<String, Parameters, PanacheQuery<E>> find, SortKey<E> sort, Consumer<List<E>> rows) {
        Cursor cursor = null;
        List<E> page;
        do {
            page = after(find, sort, cursor, BATCH);
            if (!page.isEmpty()) {
                rows.accept(page);
                cursor = cursorAt(sort, page.getLast());
            }
            Panache.getEntityManager().clear();
        } while (page.size() == BATCH);
    }

    /** Up to {@code max} matches in the sort's order, after the cursor's position when there is one. */
    private List<E> after(BiFunction<String, Parameters, PanacheQuery<E>> find, SortKey<E> sort, Cursor cursor,
            int max) {
        StringBuilder query = new StringBuilder(where);
        Parameters values = new Parameters();
        params.map().forEach(values::and);
        String after = sort.descending() ? "<" : ">";
        if (cursor != null) {
            query.append(" and (").append(sort.expression()).append(' ').append(after).append(" :cursorValue or (")
                    .append(sort.expression()).append(" = :cursorValue and id ").append(after).append(" :cursorId))");
            values.and("cursorValue", cursor.valueFor(sort)).and("cursorId", cursor.id());
        }
        String direction = sort.descending() ? " desc" : " asc";
        query.append(" order by ").append(sort.expression()).append(direction).append(", id").append(direction);
        return find.apply(query.toString(), values).range(0, max - 1).list();
    }

    private static <E> Cursor cursorAt(SortKey<E> sort, E row) {
        return new Cursor(sort.key(), sort.valueOf(row), sort.idOf(row));
    }
}
