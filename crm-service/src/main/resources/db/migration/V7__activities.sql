-- Calls, emails, meetings and tasks, linked to a lead, a deal and/or an account. at = when it happens (or is due);
-- completed_at = when it was done (null while planned). An open activity whose time has passed is overdue.
create table activity (
    id               uuid primary key,
    tenant_id        text        not null,
    type             text        not null,
    subject          text        not null,
    notes            text,
    at               timestamptz not null,
    duration_minutes integer check (duration_minutes between 0 and 1440),
    outcome          text,
    completed_at     timestamptz,
    lead_id          uuid references lead (id),
    deal_id          uuid references deal (id),
    account_id       uuid references account (id),
    owner_id         text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null
);
create index activity_by_at on activity (tenant_id, at, id);
create index activity_open on activity (tenant_id, at) where completed_at is null;
create index activity_by_owner on activity (tenant_id, owner_id);
create index activity_by_lead on activity (tenant_id, lead_id);
create index activity_by_deal on activity (tenant_id, deal_id);
create index activity_by_account on activity (tenant_id, account_id);
