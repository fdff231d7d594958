-- Webhook endpoints: where a third-party CRM posts its changes. Secrets (and Pipedrive's password) are stored
-- encrypted (AES-256-GCM, the service's stride.webhooks.encryption-key); after a rotation the previous one stays valid
-- until previous_valid_until. rejected counts deliveries that failed verification (nothing else of them is kept).
create table webhook_endpoint (
    id                   uuid primary key,
    tenant_id            text        not null,
    provider             text        not null check (provider in ('STANDARD', 'HUBSPOT', 'PIPEDRIVE', 'SALESFORCE')),
    name                 text        not null,
    secret               bytea,
    previous_secret      bytea,
    previous_valid_until timestamptz,
    basic_username       text,
    organization_id      text,
    legacy_signatures    boolean     not null default false,
    enabled              boolean     not null default true,
    rejected             bigint      not null default 0,
    created_by           text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null,
    unique (tenant_id, name),
    -- what each provider verifies with: a secret (Standard Webhooks: generated; HubSpot: the app's client secret),
    -- Basic credentials (Pipedrive: generated, the password as the secret), or the sender's organization (Salesforce)
    check (case provider when 'SALESFORCE' then organization_id is not null and secret is null
                         when 'PIPEDRIVE' then basic_username is not null and secret is not null
                         else secret is not null end)
);

-- The inbox: every accepted delivery, raw (headers but credentials, and the body), stored in the transaction that
-- answers 2xx, once per dedupe key (provider + the provider's delivery id, or a hash of the body where it has none).
-- The processor turns each into CRM records: PROCESSED, SUPERSEDED (a later change of the record was applied
-- already), FAILED (it cannot be applied as it is: reason says why; an admin replays it after fixing the cause), or
-- it stays RECEIVED and is tried again at next_attempt_at after a transient failure.
create table webhook_delivery (
    id              uuid primary key,
    tenant_id       text        not null,
    endpoint_id     uuid        not null references webhook_endpoint (id) on delete cascade,
    dedupe_key      text        not null,
    headers         jsonb       not null,
    body            bytea       not null,
    received_at     timestamptz not null,
    status          text        not null check (status in ('RECEIVED', 'PROCESSED', 'SUPERSEDED', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    reason          text,
    processed_at    timestamptz,
    unique (endpoint_id, dedupe_key)
);
create index webhook_delivery_log on webhook_delivery (tenant_id, endpoint_id, received_at desc);
create index webhook_delivery_pending on webhook_delivery (next_attempt_at) where status = 'RECEIVED';

-- The business time of the last change applied per record a sender names (kind and external id), so a delivery that
-- arrives after a later one never moves the record back.
create table webhook_record (
    tenant_id   text        not null,
    kind        text        not null,
    external_id text        not null,
    occurred_at timestamptz not null,
    primary key (tenant_id, kind, external_id)
);
