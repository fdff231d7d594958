-- Teams as crm-service publishes them (stride.crm.team.*, each event the team's whole state): who manages a team and
-- who is in it, so a rep sees their own and their teams' KPIs and a manager also their members' (ARCHITECTURE.md).
create table team_fact (
    tenant_id  text        not null,
    team_id    uuid        not null,
    manager_id text,
    member_ids text[]      not null,
    version    bigint      not null,
    deleted    boolean     not null default false,
    event_time timestamptz not null,
    primary key (tenant_id, team_id)
);
