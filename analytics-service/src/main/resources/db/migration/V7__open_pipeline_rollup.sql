-- The open pipeline is rolled up too: fact 'deals.open' (keyed by the deal's creation day, summed over all days when
-- read) with the open amount and, in the new column weighted, amount × stage probability. The contribution functions
-- gain that column (a function's result type cannot change in place: dropped and created again).
alter table metric_day add column weighted numeric not null default 0;

drop function lead_contributions(lead_fact, text);
drop function deal_contributions(deal_fact, text);
drop function activity_contributions(activity_fact, text);

create function lead_contributions(f lead_fact, zone text)
    returns table (fact text, day date, owner_id text, team_id text, source text, pipeline_id uuid,
                   activity_type text, currency varchar(3), amount numeric, cycle_days numeric, weighted numeric)
    language sql stable as $$
    select c.fact, cast(c.at at time zone zone as date), f.owner_id, f.team_id, f.source, null::uuid, null::text,
           null::varchar(3), 0::numeric, 0::numeric, 0::numeric
      from (values ('leads.new', f.created_at), ('leads.qualified', f.qualified_at),
                   ('leads.converted', f.converted_at)) as c (fact, at)
     where not f.deleted and c.at is not null
$$;

create function deal_contributions(f deal_fact, zone text)
    returns table (fact text, day date, owner_id text, team_id text, source text, pipeline_id uuid,
                   activity_type text, currency varchar(3), amount numeric, cycle_days numeric, weighted numeric)
    language sql stable as $$
    select 'deals.created', cast(f.created_at at time zone zone as date), f.owner_id, f.team_id, f.lead_source,
           f.pipeline_id, null::text, null::varchar(3), 0::numeric, 0::numeric, 0::numeric
     where not f.deleted
    union all
    select 'deals.won', cast(f.won_at at time zone zone as date), f.owner_id, f.team_id, f.lead_source,
           f.pipeline_id, null::text, case when f.amount is not null then f.currency end, coalesce(f.amount, 0),
           extract(epoch from f.won_at - f.created_at) / 86400, 0::numeric
     where not f.deleted and f.status = 'WON' and f.won_at is not null
    union all
    select 'deals.lost', cast(f.lost_at at time zone zone as date), f.owner_id, f.team_id, f.lead_source,
           f.pipeline_id, null::text, null::varchar(3), 0::numeric, 0::numeric, 0::numeric
     where not f.deleted and f.status = 'LOST' and f.lost_at is not null
    union all
    select 'deals.open', cast(f.created_at at time zone zone as date), f.owner_id, f.team_id, f.lead_source,
           f.pipeline_id, null::text, f.currency, f.amount, 0::numeric,
           f.amount * coalesce(f.probability, 0) / 100
     where not f.deleted and f.status = 'OPEN' and f.amount is not null and f.currency is not null
$$;

create function activity_contributions(f activity_fact, zone text)
    returns table (fact text, day date, owner_id text, team_id text, source text, pipeline_id uuid,
                   activity_type text, currency varchar(3), amount numeric, cycle_days numeric, weighted numeric)
    language sql stable as $$
    select 'activities.done', cast(f.completed_at at time zone zone as date), f.owner_id, f.team_id, null::text,
           null::uuid, f.activity_type, null::varchar(3), 0::numeric, 0::numeric, 0::numeric
     where not f.deleted and f.completed_at is not null
$$;

-- The open pipeline of the deals that exist already
insert into metric_day (tenant_id, fact, day, owner_id, team_id, source, pipeline_id, activity_type, currency, records,
                        amount, cycle_days, weighted)
select d.tenant_id, c.fact, c.day, c.owner_id, c.team_id, c.source, c.pipeline_id, c.activity_type, c.currency,
       count(*), sum(c.amount), sum(c.cycle_days), sum(c.weighted)
  from deal_fact d
  join lateral deal_contributions(d, coalesce((select s.data ->> 'timeZone' from tenant_settings s
                                               where s.tenant_id = d.tenant_id), 'Asia/Tokyo')) c on true
 where c.fact = 'deals.open'
 group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
