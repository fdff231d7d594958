package dev.stride.crm.deal;

import dev.stride.crm.events.Outbox;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.UUID;

/** Deal use cases. Each write and its events commit in one transaction (the outbox). */
@ApplicationScoped
class DealService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final Clock clock;

    DealService(Outbox outbox, CurrentTenant tenant, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Transactional
    DealResponse create(DealRequest request) {
        requireMinorUnit(request.amount(), request.currency());
        Deal deal = Deal.open(request.name().strip(), request.amount(), request.currency(), tenant.userId(),
                clock.instant());
        deal.persist();
        outbox.record(tenant.id(), deal.created());
        return DealResponse.from(deal);
    }

    @Transactional
    DealResponse win(UUID id) {
        Deal deal = find(id);
        outbox.record(tenant.id(), deal.win(clock.instant()));
        deal.flush();
        return DealResponse.from(deal);
    }

    DealResponse get(UUID id) {
        return DealResponse.from(find(id));
    }

    private static Deal find(UUID id) {
        Deal deal = Deal.findById(id);
        if (deal == null) {
            throw new ProblemException.NotFound("Deal", id);
        }
        return deal;
    }

    private static void requireMinorUnit(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits >= 0 && amount.stripTrailingZeros().scale() > digits) {
            throw new ProblemException.InvalidField("amount", currency + " amounts take at most " + digits
                    + " decimal places" + (digits == 0 ? " (whole units only)" : ""));
        }
    }
}
