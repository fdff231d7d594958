-- External ids for the remaining importable records (see V10).
alter table contact add column external_id text;
alter table activity add column external_id text;
alter table subscription add column external_id text;
create unique index contact_external_id on contact (tenant_id, external_id) where external_id is not null;
create unique index activity_external_id on activity (tenant_id, external_id) where external_id is not null;
create unique index subscription_external_id on subscription (tenant_id, external_id) where external_id is not null;
