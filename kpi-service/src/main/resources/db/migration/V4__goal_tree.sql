-- The goal tree: KGI (the final goal) -> KSF (why it will be reached) -> KPI -> sub-KPI. A KPI hangs under at most
-- one of a KGI, a KSF or another KPI; its filters, targets per period and benchmarks are read and written with it.
create table kgi (
    id            uuid primary key,
    tenant_id     text           not null,
    name          text           not null,
    description   text,
    metric_id     text,
    unit          text,
    direction     varchar(6)     not null,
    baseline      numeric(20, 4),
    target        numeric(20, 4) not null,
    current_value numeric(20, 4),
    starts_on     date           not null,
    deadline      date           not null check (deadline > starts_on),
    owner_id      text,
    created_at    timestamptz    not null,
    updated_at    timestamptz    not null,
    version       bigint         not null
);
create index kgi_tenant on kgi (tenant_id, created_at);

create table ksf (
    id          uuid primary key,
    tenant_id   text        not null,
    kgi_id      uuid        not null references kgi (id),
    name        text        not null,
    description text,
    owner_id    text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null
);
create index ksf_kgi on ksf (kgi_id);

create table kpi (
    id             uuid primary key,
    tenant_id      text        not null,
    name           text        not null,
    description    text,
    owner_id       text,
    owner_team_id  uuid,
    metric_id      text        not null,
    filters        jsonb       not null,
    direction      varchar(6)  not null,
    period_type    varchar(12) not null,
    targets        jsonb       not null,
    kgi_id         uuid references kgi (id),
    ksf_id         uuid references ksf (id),
    parent_kpi_id  uuid references kpi (id),
    benchmarks     jsonb       not null,
    review_cadence varchar(10) not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null,
    check (num_nonnulls(kgi_id, ksf_id, parent_kpi_id) <= 1)
);
create index kpi_tenant on kpi (tenant_id, created_at);
create index kpi_kgi on kpi (kgi_id);
create index kpi_ksf on kpi (ksf_id);
create index kpi_parent on kpi (parent_kpi_id);

-- Every version of every definition, as it was: the history a KGI, KSF or KPI lists.
create table definition_version (
    id             uuid primary key,
    tenant_id      text        not null,
    aggregate_type text        not null,
    aggregate_id   uuid        not null,
    version        bigint      not null,
    changed_at     timestamptz not null,
    changed_by     text        not null,
    state          jsonb       not null,
    unique (aggregate_id, version)
);
