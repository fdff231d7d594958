-- KGIs as kpi-service publishes them (stride.kpi.kgi.defined.v1), and their last published progress: a KGI bound to a
-- metric is tracked like a KPI over its own span [startsOn, deadline].
create table kgi_definition (
    tenant_id text   not null,
    kgi_id    uuid   not null,
    version   bigint not null,
    data      jsonb  not null,
    primary key (tenant_id, kgi_id)
);

create table kgi_progress (
    tenant_id   text        not null,
    kgi_id      uuid        not null,
    data        jsonb       not null,
    computed_at timestamptz not null,
    primary key (tenant_id, kgi_id)
);
