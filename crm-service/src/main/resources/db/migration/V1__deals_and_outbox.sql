-- Deals: the first CRM aggregate. tenant_id is Hibernate's tenant discriminator.
create table deal (
    id          uuid primary key,
    tenant_id   text          not null,
    name        text          not null,
    amount      numeric(19, 4) not null check (amount >= 0),
    currency    varchar(3)       not null,
    status      text          not null,
    owner_id    text          not null,
    created_at  timestamptz   not null,
    won_at      timestamptz,
    version     bigint        not null
);
create index deal_tenant_created on deal (tenant_id, created_at);

-- Transactional outbox: written with the change, published by OutboxRelay in position order, deleted after the
-- broker's acknowledgement. Tenant-less infrastructure: the tenant travels as the ce_tenantid extension.
create table outbox_event (
    id           uuid primary key,
    position     bigint generated always as identity unique,
    tenant_id    text        not null,
    topic        text        not null,
    aggregate_id text        not null,
    type         text        not null,
    occurred_at  timestamptz not null,
    payload      jsonb       not null
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
