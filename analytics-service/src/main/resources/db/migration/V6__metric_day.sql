-- Incremental daily rollups of the counts and sums: per tenant, kind of fact, local day (in the tenant's time zone) and
-- dimension, how many records counted and the sum of their amounts (per currency: converted when read, so a changed
-- rate needs no rewrite). Each fact write adds the new state's contribution and subtracts the old one's in the same
-- statement, so reading a period costs its days, not its records, and applying an event never grows with history.
-- A change of the tenant's time zone derives its rows again from the facts.
--   fact: leads.new | leads.qualified | leads.converted | deals.created | deals.won | deals.lost | activities.done
create table metric_day (
    tenant_id     text           not null,
    fact          text           not null,
    day           date           not null,
    owner_id      text,
    team_id       text,
    source        text,
    pipeline_id   uuid,
    activity_type text,
    currency      varchar(3),
    records       bigint         not null,
    amount        numeric(25, 4) not null,
    cycle_days    numeric        not null,
    constraint metric_day_key unique nulls not distinct
        (tenant_id, fact, day, owner_id, team_id, source, pipeline_id, activity_type, currency)
);

-- Every fact's contributions to metric_day, by the tenant's time zone: the one definition of what counts where, used
-- by the write path (old and new state of one record) and by a re-derivation (all records of a tenant).
create function lead_contributions(f lead_fact, zone text)
    returns table (fact text, day date, owner_id text, team_id text, source text, pipeline_id uuid,
                   activity_type text, currency varchar(3), amount numeric, cycle_days numeric)
    language sql stable as $$
    select c.fact, cast(c.at at time zone zone as date), f.owner_id, f.team_id, f.source, null::uuid, null::text,
           null::varchar(3), 0::numeric, 0::numeric
      from (values ('leads.new', f.created_at), ('leads.qualified', f.qualified_at),
                   ('leads.converted', f.converted_at)) as c (fact, at)
     where not f.deleted and c.at is not null
$$;

create function deal_contributions(f deal_fact, zone text)
    returns table (fact text, day date, owner_id text, team_id text, source text, pipeline_id uuid,
                   activity_type text, currency varchar(3), amount numeric, cycle_days numeric)
    language sql stable as $$
    select 'deals.created', cast(f.created_at at time zone zone as date), f.owner_id, f.team_id, f.lead_source,
           f.pipeline_id, null::text, null::varchar(3), 0::numeric, 0::numeric
     where not f.deleted
    union all
    select 'deals.won', cast(f.won_at at time zone zone as date), f.owner_id, f.team_id, f.lead_source,
           f.pipeline_id, null::text, case when f.amount is not null then f.currency end, coalesce(f.amount, 0),
           extract(epoch from f.won_at - f.created_at) / 86400
     where not f.deleted and f.status = 'WON' and f.won_at is not null
    union all
    select 'deals.lost', cast(f.lost_at at time zone zone as date), f.owner_id, f.team_id, f.lead_source,
           f.pipeline_id, null::text, null::varchar(3), 0::numeric, 0::numeric
     where not f.deleted and f.status = 'LOST' and f.lost_at is not null
$$;

create function activity_contributions(f activity_fact, zone text)
    returns table (fact text, day date, owner_id text, team_id text, source text, pipeline_id uuid,
                   activity_type text, currency varchar(3), amount numeric, cycle_days numeric)
    language sql stable as $$
    select 'activities.done', cast(f.completed_at at time zone zone as date), f.owner_id, f.team_id, null::text,
           null::uuid, f.activity_type, null::varchar(3), 0::numeric, 0::numeric
     where not f.deleted and f.completed_at is not null
$$;

-- Rollups of the facts that exist already (Asia/Tokyo for tenants without settings, as the service's default)
insert into metric_day (tenant_id, fact, day, owner_id, team_id, source, pipeline_id, activity_type, currency, records,
                        amount, cycle_days)
select l.tenant_id, c.fact, c.day, c.owner_id, c.team_id, c.source, c.pipeline_id, c.activity_type, c.currency,
       count(*), sum(c.amount), sum(c.cycle_days)
  from lead_fact l
  join lateral lead_contributions(l, coalesce((select s.data ->> 'timeZone' from tenant_settings s
                                               where s.tenant_id = l.tenant_id), 'Asia/Tokyo')) c on true
 group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
insert into metric_day (tenant_id, fact, day, owner_id, team_id, source, pipeline_id, activity_type, currency, records,
                        amount, cycle_days)
select d.tenant_id, c.fact, c.day, c.owner_id, c.team_id, c.source, c.pipeline_id, c.activity_type, c.currency,
       count(*), sum(c.amount), sum(c.cycle_days)
  from deal_fact d
  join lateral deal_contributions(d, coalesce((select s.data ->> 'timeZone' from tenant_settings s
                                               where s.tenant_id = d.tenant_id), 'Asia/Tokyo')) c on true
 group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
insert into metric_day (tenant_id, fact, day, owner_id, team_id, source, pipeline_id, activity_type, currency, records,
                        amount, cycle_days)
select a.tenant_id, c.fact, c.day, c.owner_id, c.team_id, c.source, c.pipeline_id, c.activity_type, c.currency,
       count(*), sum(c.amount), sum(c.cycle_days)
  from activity_fact a
  join lateral activity_contributions(a, coalesce((select s.data ->> 'timeZone' from tenant_settings s
                                                   where s.tenant_id = a.tenant_id), 'Asia/Tokyo')) c on true
 group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
