package dev.stride.crm.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One change a delivery asks for, in Stride's terms: a record of a kind (a kind of the CSV import), named by its
 * external id, changed at {@code occurredAt} in the sender's system; either deleted, or with the given import columns
 * laid over it as it is (a column given as null clears it), and over {@code defaults} when it is new.
 *
 * <p>{@code aspect} is what the change is the latest word on: the whole record ({@link #WHOLE}), or one property of
 * the sender (HubSpot reports one property per event), whose value is then remembered as {@code value}. A change is
 * applied only when nothing later was applied for the whole record or for its aspect, so a late delivery never moves a
 * record back. {@code composed} fills a column from remembered properties of the record, joined by a space (HubSpot's
 * first and last names, which arrive one at a time, make a lead's name); its placeholder names a new record while
 * none of them is known.
 *
 * @param leadStatus for a lead, the status to set beside its columns (null: leave it)
 */
record RecordChange(String kind, String externalId, String aspect, Instant occurredAt, boolean delete,
        Map<String, String> values, Map<String, String> defaults, String value, Composed composed,
        LeadStatus leadStatus) {

    /** The aspect of a change that speaks for the whole record. */
    static final String WHOLE = "";

    /** A column made of remembered properties of the record. */
    record Composed(String column, List<String> properties, String placeholder) {
    }

    /** A lead status to set, with the reason a disqualification needs. */
    record LeadStatus(String status, String reason) {
    }

    /** A change of the whole record: these columns, laid over it (or over {@code defaults} when it is new). */
    static RecordChange upsert(String kind, String externalId, Instant occurredAt, Map<String, String> values,
            Map<String, String> defaults) {
        return new RecordChange(kind, externalId, WHOLE, occurredAt, false, values, defaults, null, null, null);
    }

    static RecordChange deletion(String kind, String externalId, Instant occurredAt) {
        return new RecordChange(kind, externalId, WHOLE, occurredAt, true, Map.of(), Map.of(), null, null, null);
    }

    RecordChange withLeadStatus(LeadStatus status) {
        return new RecordChange(kind, externalId, aspect, occurredAt, delete, values, defaults, value, composed,
                status);
    }
}
