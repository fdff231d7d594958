package dev.stride.crm.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One record in the columns of a kind's CSV import, applied exactly as its import applies a row: parsed, validated,
 * checked against the database, then created or updated by its external id, publishing the events the API would.
 * What a webhook delivery's changes become.
 */
@ApplicationScoped
public class RecordImport {

    private final Instance<CsvImport<?>> imports;
    private final Validator validator;

    RecordImport(@Any Instance<CsvImport<?>> imports, Validator validator) {
        this.imports = imports;
        this.validator = validator;
    }

    /**
     * Applies a change of the record {@code values.externalId} names, in the caller's transaction (and request: the
     * caller's tenant and role): the values are laid over the record as it is (a column given as null clears it); a
     * new record takes {@code defaults} for the columns they leave empty. Then it is checked and written exactly as an
     * import row would be. Answers whether it was created, or null when the change would change nothing (then nothing
     * is written and nothing published). Throws a {@link CsvImport.RowError} naming the column to blame, or a problem,
     * when it cannot be applied.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Boolean apply(String kind, Map<String, String> values, Map<String, String> defaults) {
        CsvImport<?> csv = kind(kind);
        Map<String, String> current = csv.current(values.get("externalId"));
        Map<String, String> all = new HashMap<>(current != null ? current : Map.of());
        all.putAll(values);
        if (current == null) {
            defaults.forEach((column, value) -> {
                if (csv.columns().contains(column) && all.get(column) == null) {
                    all.put(column, value);
                }
            });
        }
        if (current != null && all.equals(current)) {
            return null;
        }
        return apply(csv, all);
    }

    /** Deletes the record of this kind the reference names, as the API's delete does; false when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean delete(String kind, String reference) {
        return kind(kind).delete(reference);
    }

    private CsvImport<?> kind(String kind) {
        return imports.stream().filter(i -> i.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new CsvImport.RowError("kind", "is not one of " + kinds()));
    }

    private <R> boolean apply(CsvImport<R> csv, Map<String, String> values) {
        for (String column : values.keySet()) {
            if (!csv.columns().contains(column) && !csv.readOnlyColumns().contains(column)) {
                throw new CsvImport.RowError(column, "is not a column of " + csv.kind() + "; they are "
                        + csv.columns());
            }
        }
        CsvImport.Row row = new CsvImport.Row() {
            @Override
            public String get(String column) {
                String value = values.get(column);
                return value == null || value.isBlank() ? null : value.strip();
            }

            @Override
            public long line() {
                return 1;
            }
        };
        R request = parsed(csv, row, validator);
        csv.check(row, request);
        return csv.upsert(row.get("externalId"), request);
    }

    /** The row as the kind's request, bean-validated with its property names taken as column names. */
    static <R> R parsed(CsvImport<R> csv, CsvImport.Row row, Validator validator) {
        R request = csv.parse(row);
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<R> first = violations.stream()
                    .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString())).get();
            String column = null;
            for (jakarta.validation.Path.Node node : first.getPropertyPath()) {
                column = node.getName();
            }
            throw new CsvImport.RowError(column, first.getMessage());
        }
        return request;
    }

    /** The kinds records can be applied as. */
    public List<String> kinds() {
        return imports.stream().map(CsvImport::kind).sorted().toList();
    }
}
