-- Tenant-editable choice lists (deal loss reasons, lead sources …) share one table; until a tenant sets a list,
-- the built-in one applies.
alter table loss_reason rename to choice;
alter table choice add column list text not null default 'deal.loss-reasons';
alter table choice alter column list drop default;
alter table choice drop constraint loss_reason_tenant_id_name_key;
alter table choice add constraint choice_unique_name unique (tenant_id, list, name);

-- Prospects before they are customers. A converted lead links the account, contact and deal it became.
create table lead (
    id                 uuid primary key,
    tenant_id          text        not null,
    name               text        not null,
    company            text,
    email              text,
    phone              text,
    source             text        not null,
    campaign           text,
    owner_id           text        not null,
    status             text        not null,
    disqualify_reason  text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    status_changed_at  timestamptz not null,
    qualified_at       timestamptz,
    converted_at       timestamptz,
    account_id         uuid references account (id),
    contact_id         uuid references contact (id),
    deal_id            uuid references deal (id),
    version            bigint      not null
);
create index lead_by_created on lead (tenant_id, created_at, id);
create index lead_by_name on lead (tenant_id, lower(name), id);
create index lead_by_status on lead (tenant_id, status);
create index lead_by_owner on lead (tenant_id, owner_id);
create index lead_by_source on lead (tenant_id, source);

-- A deal converted from a lead remembers it and its source (the source dimension of deal figures).
alter table deal
    add column source_lead_id uuid,
    add column lead_source    text;
