-- A draft agreement marked final («Endelig utkast»): only a draft whose minimum-content check has no missing point
-- (the application refuses the others). Existing rows are drafts, hence the default. Adding the column with a
-- constant default rewrites no row, so the insert-only triggers are not fired and stay as they are.
ALTER TABLE case_documents ADD COLUMN final boolean NOT NULL DEFAULT false;

-- Part of the key: the final and the not-final draft of one revision differ in their first paragraph, so they are
-- two documents, and asking for one must never hand out the other.
ALTER TABLE case_documents DROP CONSTRAINT case_documents_one_per_request;
ALTER TABLE case_documents ADD CONSTRAINT case_documents_one_per_request UNIQUE NULLS NOT DISTINCT
  (case_id, revision, kind, municipality, model, scenario_id, format, language, generator_version, final);
