-- Webhook secrets are sealed with the endpoint's id and their column as AES-GCM associated data, so a sealed value
-- cannot be moved to another row or column (SecretBox). sealing says how a row's values were sealed: 1 without
-- associated data (every row before this migration, and rows an older replica writes during a rolling upgrade), 2
-- bound to row and column. crm-service seals the 1s again when it starts (WebhookSecretsResealing).
alter table webhook_endpoint add column sealing smallint not null default 1 check (sealing in (1, 2));
