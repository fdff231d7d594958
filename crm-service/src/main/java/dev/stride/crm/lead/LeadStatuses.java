package dev.stride.crm.lead;

import dev.stride.crm.imports.CsvImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * A lead's status as another system reports it (a webhook's change), set as {@code PUT /leads/{id}/status} would
 * set it, dated when it changed there. Converting stays Stride's own operation: it opens a deal.
 */
@ApplicationScoped
public class LeadStatuses {

    private final LeadService leads;
    private final Clock clock;

    LeadStatuses(LeadService leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
    }

    /**
     * Sets the status of the lead the reference names, in the caller's transaction, as of {@code at} (now at the
     * latest); false when it had that status already. Throws a {@link CsvImport.RowError} naming the column to blame.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean change(String reference, String status, String reason, Instant at) {
        LeadStatus target = Arrays.stream(LeadStatus.values())
                .filter(s -> s != LeadStatus.CONVERTED && s.name().equals(status.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new CsvImport.RowError("status", "must be NEW, CONTACTED, QUALIFIED or "
                        + "DISQUALIFIED (a lead is converted in Stride, which opens its deal)"));
        Lead lead = Lead.byReference(reference);
        if (lead == null) {
            throw new CsvImport.RowError("externalId", "no lead has this external id");
        }
        Instant now = clock.instant();
        return leads.changeStatus(lead, target, reason, at.isBefore(now) ? at : now);
    }
}
