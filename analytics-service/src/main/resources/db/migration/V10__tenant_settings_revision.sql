-- Every write of a tenant's settings takes a new revision from one sequence (never reused, also across a rebuild's
-- delete and re-insert), so a replica can keep the parsed settings and re-read them only when the revision moved.
create sequence tenant_settings_revision;
alter table tenant_settings add column revision bigint not null default nextval('tenant_settings_revision');
