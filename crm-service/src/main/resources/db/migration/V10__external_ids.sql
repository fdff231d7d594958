-- Ids of records in the system they were imported from: re-importing the same file updates them instead of adding
-- duplicates. Unique per tenant and kind; null for records created in Stride.
alter table account add column external_id text;
alter table lead add column external_id text;
alter table deal add column external_id text;
create unique index account_external_id on account (tenant_id, external_id) where external_id is not null;
create unique index lead_external_id on lead (tenant_id, external_id) where external_id is not null;
create unique index deal_external_id on deal (tenant_id, external_id) where external_id is not null;
