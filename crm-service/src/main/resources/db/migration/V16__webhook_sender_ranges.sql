-- The address ranges (CIDR) an endpoint takes deliveries from, checked on the client address the gateway
-- establishes; empty: any address. Required for Salesforce endpoints, whose messages carry no signature: a Salesforce
-- endpoint created before this migration takes no delivery until an admin lists Salesforce's ranges.
alter table webhook_endpoint add column allowed_senders text[] not null default '{}';
