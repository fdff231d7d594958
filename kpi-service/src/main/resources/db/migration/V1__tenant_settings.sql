-- A tenant's calendar and money settings; no row means the defaults (Asia/Tokyo, April, JPY).
create table tenant_settings (
    id                      uuid primary key,
    tenant_id               text    not null unique,
    time_zone               text    not null,
    fiscal_year_start_month integer not null check (fiscal_year_start_month between 1 and 12),
    currency                varchar(3) not null
);
