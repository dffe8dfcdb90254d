-- The settlement statement (årsoppgjør) is made for a joint unit's year: the unit and the year are part of what
-- identifies a document, so that asking for Melhus' statement for 2028 never hands out the one for 2027. NULL for
-- the other kinds. Adding nullable columns rewrites no row, so the insert-only triggers are not fired.
ALTER TABLE case_documents ADD COLUMN unit_id text;
ALTER TABLE case_documents ADD COLUMN year integer;

ALTER TABLE case_documents DROP CONSTRAINT case_documents_one_per_request;
ALTER TABLE case_documents ADD CONSTRAINT case_documents_one_per_request UNIQUE NULLS NOT DISTINCT
  (case_id, revision, kind, municipality, model, scenario_id, format, language, generator_version, final, unit_id,
   year);
