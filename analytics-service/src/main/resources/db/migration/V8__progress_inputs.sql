-- The KPI progress kept current is served as stored while nothing it depends on has changed. progress_input says when
-- each input of a tenant's progress last changed: a metric (its id), a KPI's or KGI's definition (its id) or '*' (the
-- tenant's calendar, rates or time zone, or a rebuild), as a value of progress_input_seq taken in the transaction
-- that changed it, under the tenant's lock, so a tenant's values grow in commit order.
create sequence progress_input_seq;

create table progress_input (
    tenant_id   text   not null,
    input       text   not null,
    changed_seq bigint not null,
    primary key (tenant_id, input)
);

-- A stored progress was computed from every change up to input_seq, and its figures hold until valid_until (the
-- tenant's next midnight, when pace and status move on by themselves); null when they hold only for the moment they
-- were computed (a provisional conversion rate turns final as its youngest lead ages).
alter table kpi_progress add column input_seq bigint not null default 0,
                         add column valid_until timestamptz;
-- what was stored before is recomputed when next read
update kpi_progress set valid_until = computed_at;
