package dev.stride.crm.platform;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds a filtered, keyset-paged list query over one entity: filters are added only for the values given, the total
 * counts every match, and the page continues after the cursor's (sort value, id) so it stays stable while rows are
 * added. The entity's Panache {@code count}/{@code find} are passed in as lambdas (a method reference would bind to
 * {@code PanacheEntityBase} and miss Panache's enhancement), so the tenant filter applies as always.
 */
public final class Listing<E> {

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
        Cursor cursor = Cursor.decode(encodedCursor, sort.key());
        if (cursor != null) {
            String after = sort.descending() ? "<" : ">";
            where.append(" and (").append(sort.expression()).append(' ').append(after).append(" :cursorValue or (")
                    .append(sort.expression()).append(" = :cursorValue and id ").append(after).append(" :cursorId))");
            params.and("cursorValue", cursor.valueFor(sort)).and("cursorId", cursor.id());
        }
        String direction = sort.descending() ? " desc" : " asc";
        List<E> rows = find.apply(where + " order by " + sort.expression() + direction + ", id" + direction, params)
                .range(0, limit).list();
        String next = null;
        if (rows.size() > limit) {
            E last = rows.get(limit - 1);
            next = new Cursor(sort.key(), sort.valueOf(last), sort.idOf(last)).encode();
        }
        List<R> items = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())).stream().map(map).toList());
        return new Page<>(items, total, next);
    }
}
