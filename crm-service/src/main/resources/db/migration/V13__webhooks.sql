-- Webhook endpoints: where a third-party CRM posts its changes. Secrets are stored encrypted (AES-256-GCM, the
-- service's stride.webhooks.encryption-key); after a rotation the previous secret stays valid until
-- previous_valid_until. rejected counts deliveries that failed verification (nothing else of them is kept).
create table webhook_endpoint (
    id                  uuid primary key,
    tenant_id           text        not null,
    provider            text        not null check (provider in ('STANDARD')),
    name                text        not null,
    secret              bytea       not null,
    previous_secret     bytea,
    previous_valid_until timestamptz,
    enabled             boolean     not null default true,
    rejected            bigint      not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null,
    unique (tenant_id, name)
);

-- The inbox: every accepted delivery, raw (headers and body), stored in the transaction that answers 2xx, once per
-- dedupe key (provider + the provider's delivery id, or a hash of the body where it has none).
create table webhook_delivery (
    id          uuid primary key,
    tenant_id   text        not null,
    endpoint_id uuid        not null references webhook_endpoint (id) on delete cascade,
    dedupe_key  text        not null,
    headers     jsonb       not null,
    body        bytea       not null,
    received_at timestamptz not null,
    status      text        not null check (status in ('RECEIVED')),
    unique (endpoint_id, dedupe_key)
);
create index webhook_delivery_log on webhook_delivery (tenant_id, endpoint_id, received_at desc);
