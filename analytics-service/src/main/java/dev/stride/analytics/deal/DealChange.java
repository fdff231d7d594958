package dev.stride.analytics.deal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What analytics needs of a {@code stride.crm.deal.*} event's data: the deal's whole current state (fat events).
 * Analytics' own record of the contract; unknown fields are ignored so producers can add fields within v1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealChange(UUID dealId, String status, BigDecimal amount, String currency, String ownerId,
        Instant createdAt, Instant wonAt) {

    /** The fields the facts cannot do without; an event lacking one is dead-lettered. */
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        if (dealId == null) {
            missing.add("dealId");
        }
        if (status == null) {
            missing.add("status");
        }
        if (createdAt == null) {
            missing.add("createdAt");
        }
        if ("WON".equals(status) && wonAt == null) {
            missing.add("wonAt");
        }
        return missing;
    }
}
