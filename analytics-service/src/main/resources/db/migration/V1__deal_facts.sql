-- Events already applied, inserted in the same transaction as their effects (idempotent consumers).
-- Tenant-less infrastructure: event ids are UUIDs unique across tenants.
create table processed_event (
    event_id     uuid primary key,
    topic        text        not null,
    processed_at timestamptz not null default now()
);

-- Current state of each deal, from crm.deals. event_time (ce_time of the last applied event) keeps an older event
-- from overwriting a newer state.
create table deal_fact (
    tenant_id  text        not null,
    deal_id    uuid        not null,
    status     text        not null,
    amount     numeric(19, 4),
    currency   varchar(3),
    owner_id   text,
    created_at timestamptz not null,
    won_at     timestamptz,
    event_time timestamptz not null,
    primary key (tenant_id, deal_id)
);
create index deal_fact_won on deal_fact (tenant_id, won_at) where won_at is not null;
create index deal_fact_created on deal_fact (tenant_id, created_at);
