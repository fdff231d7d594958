-- Everyone who has used the tenant, as their token named them on their latest first request after a restart: owners
-- keep a name even after they leave the identity provider. Tenant-less writes (a request filter), so no version.
create table known_user (
    tenant_id     text        not null,
    user_id       text        not null,
    username      text,
    display_name  text        not null,
    email         text,
    first_seen_at timestamptz not null,
    primary key (tenant_id, user_id)
);
