-- First responses to creating requests that carried an Idempotency-Key, to answer their retries.
create table idempotent_request (
    id              uuid primary key,
    tenant_id       text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          integer     not null,
    location        text,
    etag            text,
    body            text        not null,
    created_at      timestamptz not null,
    unique (tenant_id, idempotency_key)
);
