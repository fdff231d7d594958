-- How an endpoint's provider names deal stages and lead statuses in Stride's terms (WebhookMapping as JSON); null
-- while the endpoint uses its provider's defaults.
alter table webhook_endpoint add column mapping jsonb;

-- A record's latest applied change is now kept per aspect: '' for the whole record (a generic, Pipedrive or
-- Salesforce change, a deletion), or a provider property that changes on its own (HubSpot sends one property per
-- event), with that property's value, from which a column made of several properties (a name) is composed.
alter table webhook_record add column aspect text not null default '';
alter table webhook_record add column value text;
alter table webhook_record drop constraint webhook_record_pkey;
alter table webhook_record add primary key (tenant_id, kind, external_id, aspect);
