-- Sales teams: a manager and members (Keycloak user ids). A user is in at most one team of a tenant, so "the owner's
-- team" of a record is always one team (or none).
create table team (
    id         uuid primary key,
    tenant_id  text        not null,
    name       text        not null,
    manager_id text        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null,
    unique (tenant_id, name)
);

create table team_member (
    id        uuid primary key,
    tenant_id text        not null,
    team_id   uuid        not null references team (id) on delete cascade,
    user_id   text        not null,
    added_at  timestamptz not null,
    unique (tenant_id, user_id)
);
create index team_member_by_team on team_member (team_id);
create index team_by_manager on team (tenant_id, manager_id);
