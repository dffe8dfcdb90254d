-- The documents generated from a revision for the councils (saksframlegg, summary, agreement): the bytes as
-- they were handed out, with their SHA-256 and the generator version that wrote them. A row is a record of what
-- was handed out, so it is written once and never changed. The same revision, request and generator version is
-- one document: generating it again returns the stored row (NULLS NOT DISTINCT: an unused option is NULL).
CREATE TABLE case_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The order documents were made in: two made in the same instant keep it (the uuid is random).
  seq bigint GENERATED ALWAYS AS IDENTITY,
  case_id text NOT NULL,
  revision integer NOT NULL,
  -- saksframlegg, summary or agreement
  kind text NOT NULL,
  -- Kommunenummer (saksframlegg, summary); NULL for the agreement.
  municipality text,
  -- Agreement model id; NULL for the saksframlegg and summary.
  model text,
  scenario_id text,
  -- docx or pdf
  format text NOT NULL,
  -- nb or nn
  language text NOT NULL,
  generator_version text NOT NULL,
  sha256 text NOT NULL,
  size integer NOT NULL CHECK (size >= 0),
  file_name text NOT NULL,
  content bytea NOT NULL,
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (case_id, revision) REFERENCES case_revisions (case_id, revision),
  CONSTRAINT case_documents_one_per_request UNIQUE NULLS NOT DISTINCT
    (case_id, revision, kind, municipality, model, scenario_id, format, language, generator_version)
);

CREATE INDEX case_documents_by_case ON case_documents (case_id, seq DESC);

CREATE FUNCTION case_documents_insert_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_documents is insert-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER case_documents_no_update_or_delete
  BEFORE UPDATE OR DELETE ON case_documents
  FOR EACH ROW EXECUTE FUNCTION case_documents_insert_only();

CREATE TRIGGER case_documents_no_truncate
  BEFORE TRUNCATE ON case_documents
  FOR EACH STATEMENT EXECUTE FUNCTION case_documents_insert_only();
