-- Cases made in the app: who made it (`created_by`, null for the cases made at start-up or imported from the CLI),
-- and when an owner archived it (`archived_at`, null while it is in use). An archived case leaves the default case
-- list but stays readable and can be taken back into use; nothing of it is deleted.
ALTER TABLE cases ADD COLUMN created_by uuid REFERENCES users (id);
ALTER TABLE cases ADD COLUMN archived_at timestamptz;
