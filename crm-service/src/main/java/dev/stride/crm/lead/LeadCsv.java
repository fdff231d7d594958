package dev.stride.crm.lead;

import java.util.Map;
import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.imports.CsvValues;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Leads as CSV, read by imports and written by exports: the {@link #COLUMNS}, cells read as {@link CsvValues} says.
 */
@ApplicationScoped
class LeadCsv implements CsvImport<LeadImportRow> {

    static final List<String> COLUMNS = List.of("externalId", "name", "company", "email", "phone", "source", "campaign",
            "ownerId", "createdAt");
    /** What an export writes: the columns, and the status for people to read (an import leaves it alone). */
    static final List<String> EXPORT_COLUMNS = Stream.concat(COLUMNS.stream(), Stream.of("status")).toList();

    private final LeadService leads;
    private final Ownership ownership;
    private final CurrentTenant tenant;
    private final Clock clock;

    LeadCsv(LeadService leads, Ownership ownership, CurrentTenant tenant, Clock clock) {
        this.leads = leads;
        this.ownership = ownership;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "leads";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> readOnlyColumns() {
        return List.of("status");
    }

    /** A lead as an export writes it: what its import reads back, and its status (which an import leaves alone). */
    static List<Object> row(Lead lead) {
        return Arrays.asList(ExternalIds.reference(lead.id, lead.externalId), lead.name, lead.company, lead.email,
                lead.phone, lead.source, lead.campaign, lead.ownerId, lead.createdAt, lead.status);
    }

    @Override
    public LeadImportRow parse(Row row) {
        return new LeadImportRow(new LeadRequest(row.get("name"), row.get("company"), row.get("email"),
                row.get("phone"), row.get("source"), row.get("campaign"), row.get("ownerId")),
                CsvValues.instant("createdAt", row.get("createdAt")));
    }

    @Override
    public void check(Row row, LeadImportRow r) {
        leads.source(r.lead());
        if (r.createdAt() != null && r.createdAt().isAfter(clock.instant())) {
            throw new RowError("createdAt", "must not be in the future");
        }
        try {
            Lead existing = Lead.byReference(row.get("externalId"));
            if (existing != null) {
                ownership.requireMayChange(existing.ownerId, "leads");
            }
            ownership.ownerFor(r.lead().ownerId(), existing != null ? existing.ownerId : tenant.userId(), "a lead");
        } catch (ProblemException.Forbidden e) {
            throw new RowError("ownerId", e.getMessage());
        }
    }

    @Override
    public boolean exists(String externalId) {
        return Lead.byReference(externalId) != null;
    }

    @Override
    public boolean upsert(String externalId, LeadImportRow row) {
        return leads.upsert(externalId, row.lead(), row.createdAt());
    }

    @Override
    public Map<String, String> current(String reference) {
        Lead lead = Lead.byReference(reference);
        return lead == null ? null : CsvImport.values(COLUMNS, row(lead));
    }

    @Override
    public boolean delete(String reference) {
        Lead lead = Lead.byReference(reference);
        if (lead != null) {
            leads.delete(lead.id, null);
        }
        return lead != null;
    }
}
