package dev.stride.crm.lead;

import jakarta.validation.Valid;
import java.time.Instant;

/** A lead row of an import file: the lead, and when it came in (for history; default: now). */
record LeadImportRow(@Valid LeadRequest lead, Instant createdAt) {
}
