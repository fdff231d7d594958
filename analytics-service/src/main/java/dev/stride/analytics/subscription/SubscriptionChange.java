package dev.stride.analytics.subscription;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.analytics.platform.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What analytics needs of a {@code stride.crm.subscription.*} event's data: the subscription's whole current state,
 * and on {@code changed} events the MRR change itself ({@code oldMrr → newMrr} from {@code effectiveOn}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionChange(UUID subscriptionId, UUID accountId, String status, BigDecimal mrr, String currency,
        LocalDate startedOn, LocalDate cancelledOn, String ownerId, String ownerTeamId, Long version,
        BigDecimal oldMrr, BigDecimal newMrr, LocalDate effectiveOn) {

    /** What makes this change unusable for the facts; empty when it is fine. */
    public List<String> problems(boolean mrrChange) {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "subscriptionId", subscriptionId);
        Checks.required(problems, "accountId", accountId);
        Checks.required(problems, "status", status);
        Checks.required(problems, "mrr", mrr);
        Checks.required(problems, "currency", currency);
        Checks.required(problems, "startedOn", startedOn);
        Checks.text(problems, "status", status);
        Checks.amount(problems, "mrr", mrr);
        Checks.currency(problems, "currency", currency);
        Checks.text(problems, "ownerId", ownerId);
        Checks.text(problems, "ownerTeamId", ownerTeamId);
        Checks.version(problems, version);
        if (mrrChange) {
            Checks.required(problems, "oldMrr", oldMrr);
            Checks.required(problems, "newMrr", newMrr);
            Checks.required(problems, "effectiveOn", effectiveOn);
            Checks.amount(problems, "oldMrr", oldMrr);
            Checks.amount(problems, "newMrr", newMrr);
        }
        return problems;
    }
}
