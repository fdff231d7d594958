-- The rest of a tenant's settings: gross margin (for LTV), the lead-conversion window, which national holiday
-- calendar applies, monthly exchange rates and the tenant's own days off (each read and replaced as a whole, with
-- the settings), and a version for optimistic concurrency. Still: no row = the defaults.
alter table tenant_settings
    add column gross_margin_percent        numeric(5, 2) not null default 100
        check (gross_margin_percent > 0 and gross_margin_percent <= 100),
    add column lead_conversion_window_days integer not null default 90
        check (lead_conversion_window_days between 1 and 730),
    add column national_holidays           varchar(2),
    add column exchange_rates              jsonb not null default '[]',
    add column days_off                    jsonb not null default '[]',
    add column updated_at                  timestamptz,
    add column version                     bigint not null default 0;
