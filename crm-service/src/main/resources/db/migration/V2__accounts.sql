-- Customer companies. tenant_id is Hibernate's tenant discriminator; lists are keyset-paged on (sort key, id).
create table account (
    id         uuid primary key,
    tenant_id  text        not null,
    name       text        not null,
    industry   text,
    size_band  text,
    owner_id   text        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null
);
create index account_by_name on account (tenant_id, lower(name), id);
create index account_by_created on account (tenant_id, created_at, id);
create index account_by_owner on account (tenant_id, owner_id);
