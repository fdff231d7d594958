package dev.stride.crm.lead;

import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.imports.CsvValues;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Leads from CSV: {@code externalId, name, company, email, phone, source, campaign, ownerId, createdAt}, cells read as
 * {@link CsvValues} says.
 */
@ApplicationScoped
class LeadImport implements CsvImport<LeadImportRow> {

    private final LeadService leads;
    private final Ownership ownership;
    private final CurrentTenant tenant;
    private final Clock clock;

    LeadImport(LeadService leads, Ownership ownership, CurrentTenant tenant, Clock clock) {
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
        return List.of("externalId", "name", "company", "email", "phone", "source", "campaign", "ownerId",
                "createdAt");
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
            Lead existing = row.get("externalId") == null ? null
                    : Lead.<Lead> find("externalId", row.get("externalId")).firstResult();
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
        return Lead.count("externalId", externalId) > 0;
    }

    @Override
    public boolean upsert(String externalId, LeadImportRow row) {
        return leads.upsert(externalId, row.lead(), row.createdAt());
    }
}
