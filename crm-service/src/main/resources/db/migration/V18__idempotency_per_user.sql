-- An Idempotency-Key belongs to the user who sent it, not to the whole tenant: two colleagues who happen to pick the
-- same key each get their own creation, and nobody is answered with another user's stored response. Keys stored
-- before this migration keep answering only requests without a user (none: they expire within 24 hours).
alter table idempotent_request add column user_id text not null default '';
alter table idempotent_request alter column user_id drop default;
alter table idempotent_request drop constraint idempotent_request_tenant_id_idempotency_key_key;
alter table idempotent_request add unique (tenant_id, user_id, idempotency_key);
