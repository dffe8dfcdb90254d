-- The fingerprint of every analysis result the server computed from a revision: which figures it showed and
-- their SHA-256 (src/case/analysis-fingerprint.ts), with the engine version that computed them. A row is a
-- record of what was shown, so it is written once and never changed: a later check recomputes it from the
-- same revision and says whether the figures are still the same, or which moved.
CREATE TABLE analysis_results (
  case_id text NOT NULL,
  revision integer NOT NULL,
  -- scenario-analysis or cost-sharing
  kind text NOT NULL,
  -- The canonical JSON of the parameters (scenario, draws, seed, area): one text per set of parameters.
  parameters_key text NOT NULL,
  engine_version text NOT NULL,
  hash text NOT NULL,
  -- Figure id → value, as fingerprinted.
  figures jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, revision, kind, parameters_key, engine_version),
  FOREIGN KEY (case_id, revision) REFERENCES case_revisions (case_id, revision)
);

CREATE FUNCTION analysis_results_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'analysis_results is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER analysis_results_no_update_or_delete
  BEFORE UPDATE OR DELETE ON analysis_results
  FOR EACH ROW EXECUTE FUNCTION analysis_results_append_only();

CREATE TRIGGER analysis_results_no_truncate
  BEFORE TRUNCATE ON analysis_results
  FOR EACH STATEMENT EXECUTE FUNCTION analysis_results_append_only();
