package dev.stride.crm.events;

/**
 * An event about a record with an owner. {@link Outbox} adds {@code ownerTeamId} beside {@code ownerId}: the team the
 * owner was in when the event was recorded (null when in none), so team figures attribute it as it was then.
 */
public interface OwnedEvent extends DomainEvent {

    String ownerId();
}
