-- Recurring revenue: a plan an account pays for monthly (MRR), from a start date until cancelled. Every MRR change,
-- renewal and cancellation is kept with its effective date, so retention, churn and NRR can be computed at any date.
create table subscription (
    id            uuid primary key,
    tenant_id     text           not null,
    account_id    uuid           not null references account (id),
    plan          text           not null,
    mrr           numeric(19, 4) not null check (mrr >= 0),
    currency      varchar(3)     not null,
    status        text           not null,
    started_on    date           not null,
    renews_on     date,
    cancelled_on  date,
    cancel_reason text,
    owner_id      text           not null,
    created_at    timestamptz    not null,
    updated_at    timestamptz    not null,
    version       bigint         not null
);
create index subscription_by_created on subscription (tenant_id, created_at, id);
create index subscription_by_account on subscription (tenant_id, account_id);
create index subscription_by_status on subscription (tenant_id, status);

create table subscription_change (
    id              uuid primary key,
    tenant_id       text           not null,
    subscription_id uuid           not null references subscription (id) on delete cascade,
    kind            text           not null,
    effective_on    date           not null,
    old_mrr         numeric(19, 4),
    new_mrr         numeric(19, 4) not null,
    recorded_at     timestamptz    not null
);
create index subscription_change_by_subscription on subscription_change (subscription_id, effective_on);
