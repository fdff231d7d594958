-- The facts every metric of METRICS.md is computed from: the current state of each lead, deal, activity and
-- subscription (version-ordered like deal_fact: a late older event never overwrites a newer state; a deleted record
-- stays as a marked row and counts nowhere), each subscription's MRR changes, and each tenant's settings and KPIs
-- from kpi.definitions. Every read takes the tenant as an explicit parameter (consumers have no request tenant).

alter table deal_fact
    add column team_id     text,
    add column pipeline_id uuid,
    add column lead_source text,
    add column probability integer;
create index deal_fact_lost on deal_fact (tenant_id, lost_at) where lost_at is not null;
create index deal_fact_open on deal_fact (tenant_id) where status = 'OPEN' and not deleted;

create table lead_fact (
    tenant_id    text        not null,
    lead_id      uuid        not null,
    status       text        not null,
    source       text,
    owner_id     text,
    team_id      text,
    created_at   timestamptz not null,
    qualified_at timestamptz,
    converted_at timestamptz,
    version      bigint      not null,
    deleted      boolean     not null default false,
    event_time   timestamptz not null,
    primary key (tenant_id, lead_id)
);
create index lead_fact_created on lead_fact (tenant_id, created_at);
create index lead_fact_qualified on lead_fact (tenant_id, qualified_at) where qualified_at is not null;
create index lead_fact_converted on lead_fact (tenant_id, converted_at) where converted_at is not null;

create table activity_fact (
    tenant_id     text        not null,
    activity_id   uuid        not null,
    activity_type text        not null,
    owner_id      text,
    team_id       text,
    completed_at  timestamptz,
    version       bigint      not null,
    deleted       boolean     not null default false,
    event_time    timestamptz not null,
    primary key (tenant_id, activity_id)
);
create index activity_fact_completed on activity_fact (tenant_id, completed_at) where completed_at is not null;

-- mrr is the subscription's MRR after its latest change; its earlier MRR comes from mrr_change
create table subscription_fact (
    tenant_id       text          not null,
    subscription_id uuid          not null,
    account_id      uuid          not null,
    status          text          not null,
    mrr             numeric(19, 4) not null,
    currency        varchar(3)    not null,
    started_on      date          not null,
    cancelled_on    date,
    owner_id        text,
    team_id         text,
    version         bigint        not null,
    deleted         boolean       not null default false,
    event_time      timestamptz   not null,
    primary key (tenant_id, subscription_id)
);

-- One row per MRR change (stride.crm.subscription.changed.v1), keyed by the subscription's version at that change
create table mrr_change (
    tenant_id       text           not null,
    subscription_id uuid           not null,
    version         bigint         not null,
    effective_on    date           not null,
    old_mrr         numeric(19, 4) not null,
    new_mrr         numeric(19, 4) not null,
    primary key (tenant_id, subscription_id, version)
);
create index mrr_change_effective on mrr_change (tenant_id, effective_on);

-- kpi-service's settings of each tenant, exactly as published (stride.kpi.settings.defined.v1)
create table tenant_settings (
    tenant_id  text primary key,
    data       jsonb       not null,
    event_time timestamptz not null
);

-- kpi-service's KPIs, exactly as published (stride.kpi.kpi.defined.v1); a tombstone deletes the row
create table kpi_definition (
    tenant_id  text        not null,
    kpi_id     uuid        not null,
    version    bigint      not null,
    data       jsonb       not null,
    primary key (tenant_id, kpi_id)
);

-- The last progress figures published per KPI and period, so only changes go to kpi.progress and the stream
create table kpi_progress (
    tenant_id    text        not null,
    kpi_id       uuid        not null,
    period_start date        not null,
    data         jsonb       not null,
    computed_at  timestamptz not null,
    primary key (tenant_id, kpi_id, period_start)
);
