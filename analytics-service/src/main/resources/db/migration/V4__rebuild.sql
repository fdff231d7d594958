-- The last rebuild of each tenant's analytics (its facts deleted, then its events replayed from the topics' start),
-- for the admin who started it to follow
create table rebuild (
    tenant_id   text primary key,
    state       text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    events      bigint      not null default 0,
    error       text
);
