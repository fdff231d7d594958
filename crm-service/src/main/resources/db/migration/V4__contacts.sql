-- People at accounts. An account with contacts cannot be deleted (the foreign key; the API answers 409).
create table contact (
    id         uuid primary key,
    tenant_id  text        not null,
    account_id uuid        not null references account (id),
    name       text        not null,
    kana       text,
    email      text,
    phone      text,
    title      text,
    owner_id   text        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null
);
create index contact_by_name on contact (tenant_id, lower(coalesce(kana, name)), id);
create index contact_by_created on contact (tenant_id, created_at, id);
create index contact_by_account on contact (tenant_id, account_id);
