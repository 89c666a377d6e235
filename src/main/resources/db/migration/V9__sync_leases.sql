-- Team mode: which machine syncs an account, and until when its claim holds without being renewed
-- (docs/decisions/team-store-postgresql.md). Both stay empty on this computer's own store until a claim.
ALTER TABLE social_account ADD COLUMN sync_holder VARCHAR(120);
ALTER TABLE social_account ADD COLUMN sync_lease_until TIMESTAMP(6) WITH TIME ZONE;
