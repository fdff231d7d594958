-- Sales pipelines: ordered stages, each with a win probability (percent). A tenant gets a default pipeline on first
-- use; at most one pipeline per tenant is the default. Retired stages keep their deals but take no new ones.
create table pipeline (
    id         uuid primary key,
    tenant_id  text        not null,
    name       text        not null,
    is_default boolean     not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null
);
create unique index pipeline_one_default on pipeline (tenant_id) where is_default;
create index pipeline_by_tenant on pipeline (tenant_id, created_at);

create table stage (
    id          uuid primary key,
    tenant_id   text     not null,
    pipeline_id uuid     not null references pipeline (id),
    name        text     not null,
    probability integer  not null check (probability between 0 and 100),
    position    integer  not null,
    retired     boolean  not null
);
create index stage_by_pipeline on stage (pipeline_id, position);

-- Reasons a tenant offers when a deal is lost; until an admin sets them, the built-in list applies.
create table loss_reason (
    id        uuid primary key,
    tenant_id text    not null,
    name      text    not null,
    position  integer not null,
    unique (tenant_id, name)
);

-- Deals opened before pipelines existed move into a default pipeline of their tenant (the same stages as
-- PipelineService.DEFAULT_STAGES), in its first stage; the new mandatory columns are filled, then made mandatory.
insert into pipeline (id, tenant_id, name, is_default, created_at, updated_at, version)
select gen_random_uuid(), tenant_id, 'Sales', true, now(), now(), 0 from deal group by tenant_id;
insert into stage (id, tenant_id, pipeline_id, name, probability, position, retired)
select gen_random_uuid(), p.tenant_id, p.id, s.name, s.probability, s.position, false
  from pipeline p
 cross join (values ('Qualification', 10, 0), ('Needs analysis', 25, 1), ('Proposal', 50, 2),
                    ('Negotiation', 75, 3), ('Contract', 90, 4)) as s (name, probability, position);
alter table deal
    add column account_id          uuid references account (id),
    add column pipeline_id         uuid references pipeline (id),
    add column stage_id            uuid references stage (id),
    add column expected_close_date date,
    add column updated_at          timestamptz,
    add column stage_entered_at    timestamptz,
    add column lost_at             timestamptz,
    add column lost_reason         text,
    add column lost_note           text;
update deal d
   set pipeline_id = p.id,
       stage_id = (select s.id from stage s where s.pipeline_id = p.id and s.position = 0),
       updated_at = coalesce(d.won_at, d.created_at),
       stage_entered_at = d.created_at
  from pipeline p
 where p.tenant_id = d.tenant_id;
alter table deal
    alter column pipeline_id set not null,
    alter column stage_id set not null,
    alter column updated_at set not null,
    alter column stage_entered_at set not null;
create index deal_by_created on deal (tenant_id, created_at, id);
create index deal_by_name on deal (tenant_id, lower(name), id);
create index deal_by_amount on deal (tenant_id, amount, id);
create index deal_by_stage on deal (tenant_id, stage_id, status);
create index deal_by_owner on deal (tenant_id, owner_id);
create index deal_by_account on deal (tenant_id, account_id);
drop index deal_tenant_created;

-- Every stay of a deal in a stage: entered, left (null while it is there), and how the stay ended.
create table deal_stage_visit (
    id         uuid primary key,
    tenant_id  text        not null,
    deal_id    uuid        not null references deal (id) on delete cascade,
    stage_id   uuid        not null references stage (id),
    entered_at timestamptz not null,
    left_at    timestamptz,
    ended_by   text
);
create index deal_stage_visit_by_deal on deal_stage_visit (deal_id, entered_at);
insert into deal_stage_visit (id, tenant_id, deal_id, stage_id, entered_at, left_at, ended_by)
select gen_random_uuid(), tenant_id, id, stage_id, created_at, won_at, case when won_at is null then null else 'WON' end
  from deal;
