package dev.stride.crm.subscription;

import jakarta.validation.Valid;
import java.time.LocalDate;

/** A subscription row of an import file: the subscription, and its cancellation when it has ended. */
record SubscriptionImportRow(@Valid SubscriptionRequest subscription, LocalDate cancelledOn, String cancelReason) {
}
