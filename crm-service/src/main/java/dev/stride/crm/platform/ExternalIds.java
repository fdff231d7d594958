package dev.stride.crm.platform;

import io.quarkus.panache.common.Parameters;
import java.util.UUID;

/**
 * How a CSV row names a record: by the external id it was imported with, or, for a record born in Stride, by its own
 * id (what an export writes), so an exported file re-imports as updates, never as duplicates.
 */
public final class ExternalIds {

    /** HQL matching the record a reference names; bind with {@link #of}. */
    public static final String MATCH = "(externalId = :reference or (externalId is null and id = :referenceId))";

    private ExternalIds() {
    }

    public static Parameters of(String reference) {
        UUID id;
        try {
            id = UUID.fromString(reference);
        } catch (IllegalArgumentException notAnId) {
            id = null;
        }
        return Parameters.with("reference", reference).and("referenceId", id);
    }

    /** How an export refers to a record. */
    public static String reference(UUID id, String externalId) {
        return externalId != null ? externalId : id.toString();
    }
}
