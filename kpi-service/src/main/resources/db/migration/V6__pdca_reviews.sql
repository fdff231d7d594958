-- PDCA reviews: one per KPI and period (plan, do, check, act notes), with Fact-Cause-Action items; an action can
-- become a sub-KPI of the reviewed KPI.
create table review (
    id           uuid primary key,
    tenant_id    text        not null,
    kpi_id       uuid        not null references kpi (id),
    period_start date        not null,
    plan         text,
    execution    text,
    evaluation   text,
    improvement  text,
    reviewer_id  text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null,
    unique (kpi_id, period_start)
);

create table review_action (
    id         uuid primary key,
    tenant_id  text        not null,
    review_id  uuid        not null references review (id) on delete cascade,
    fact       text        not null,
    cause      text        not null,
    action     text        not null,
    owner_id   text,
    due_on     date,
    status     varchar(12) not null,
    sub_kpi_id uuid references kpi (id),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null
);
create index review_action_review on review_action (review_id);
