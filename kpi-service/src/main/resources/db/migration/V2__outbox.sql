-- Transactional outbox: written with the change, published by OutboxRelay in position order, deleted after the
-- broker's acknowledgement. Tenant-less infrastructure: the tenant travels as the ce_tenantid extension. A row
-- without payload is a tombstone (the deletion of its aggregate from the compacted kpi.definitions).
create table outbox_event (
    id           uuid primary key,
    position     bigint generated always as identity unique,
    tenant_id    text        not null,
    topic        text        not null,
    aggregate_id text        not null,
    type         text        not null,
    occurred_at  timestamptz not null,
    payload      jsonb
);

-- Wakes the relay at once (LISTEN outbox_event); one notification per statement is enough.
create function notify_outbox_event() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;
create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function notify_outbox_event();
