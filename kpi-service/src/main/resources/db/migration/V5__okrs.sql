-- OKRs beside KPIs: objectives (a period, an owner, an optional parent objective) with key results (metric-bound or
-- manual, from a start to a target value, with a current value and a confidence) and weekly check-ins.
create table objective (
    id                  uuid primary key,
    tenant_id           text        not null,
    title               text        not null,
    description         text,
    period_start        date        not null,
    period_end          date        not null check (period_end > period_start),
    owner_id            text,
    parent_objective_id uuid references objective (id),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null
);
create index objective_tenant on objective (tenant_id, period_start);

create table key_result (
    id            uuid primary key,
    tenant_id     text           not null,
    objective_id  uuid           not null references objective (id),
    title         text           not null,
    metric_id     text,
    kpi_id        uuid references kpi (id),
    start_value   numeric(20, 4) not null,
    target_value  numeric(20, 4) not null check (target_value <> start_value),
    current_value numeric(20, 4) not null,
    confidence    integer        not null check (confidence between 0 and 10),
    owner_id      text,
    position      integer        not null,
    created_at    timestamptz    not null,
    updated_at    timestamptz    not null,
    version       bigint         not null
);
create index key_result_objective on key_result (objective_id, position);

create table check_in (
    id            uuid primary key,
    tenant_id     text           not null,
    key_result_id uuid           not null references key_result (id) on delete cascade,
    value         numeric(20, 4) not null,
    confidence    integer        not null check (confidence between 0 and 10),
    note          text,
    author_id     text           not null,
    checked_in_at timestamptz    not null
);
create index check_in_key_result on check_in (key_result_id, checked_in_at);
