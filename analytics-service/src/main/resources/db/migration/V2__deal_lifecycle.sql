-- Deals now close as won or lost, reopen, and can be deleted. version (the deal's own, from crm-service) orders its
-- states, so a backdated win or loss still replaces the state before it; event_time breaks ties (older events had no
-- version). A deleted deal stays as a marked row, so a late older event cannot bring it back.
alter table deal_fact
    add column version bigint      not null default 0,
    add column lost_at timestamptz,
    add column deleted boolean     not null default false;
