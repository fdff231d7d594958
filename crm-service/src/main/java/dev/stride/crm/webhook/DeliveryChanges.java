package dev.stride.crm.webhook;

import java.util.List;

/**
 * What a delivery asks for: its changes in the order the sender made them, and, for people reading the delivery log,
 * what it carried that Stride does not map (an object type or a property it has no place for).
 */
record DeliveryChanges(List<RecordChange> changes, List<String> ignored) {
}
