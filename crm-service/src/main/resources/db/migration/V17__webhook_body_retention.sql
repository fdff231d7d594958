-- A delivery's stored headers and body are kept for its endpoint's body_retention_days after it arrived, then purged
-- (WebhookDeliveryPurge); its log line (time, status, dedupe key, size, attempts, reason) stays, with purged_at.
-- A delivery still waiting to be applied (RECEIVED) is never purged.
alter table webhook_endpoint add column body_retention_days integer not null default 30
    check (body_retention_days between 1 and 3650);
alter table webhook_delivery add column body_bytes integer;
update webhook_delivery set body_bytes = octet_length(body);
alter table webhook_delivery alter column body_bytes set not null,
                             alter column body drop not null,
                             alter column headers drop not null,
                             add column purged_at timestamptz,
                             add check ((body is null) = (purged_at is not null)),
                             add check (status <> 'RECEIVED' or body is not null);
create index webhook_delivery_kept on webhook_delivery (received_at) where body is not null;
