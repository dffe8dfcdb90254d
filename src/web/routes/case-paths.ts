/**
 * The addresses of a case's pages, in one place.
 * @module
 */
export function casePaths(caseId: string) {
  const base = `/saker/${encodeURIComponent(caseId)}`;
  return {
    /** «Hva betyr dette for …?»: what a signed-in reader sees first. */
    decision: base,
    overview: `${base}/oversikt`,
    baseline: `${base}/grunnlag`,
    baselineImport: `${base}/grunnlag/import`,
    costSharing: `${base}/kostnadsdeling`,
    modelChoice: `${base}/modellvalg`,
    history: `${base}/historikk`,
    people: `${base}/ansatte`,
    /** The cooperation as one unit and the KOSTRA benchmark. */
    benchmark: `${base}/sammenligning`,
    members: `${base}/medlemmer`,
    switchboard: `${base}/sentralbord`,
    process: `${base}/prosess`,
    documents: `${base}/dokumenter`,
    /** Running the cooperation: budget and a-konto, the settlement of a year, benefit realisation. */
    operations: `${base}/drift`,
    settlement: `${base}/drift/oppgjor`,
    benefits: `${base}/drift/gevinster`,
    revision: (revision: number) => `${base}/historikk/${revision}`,
    scenarios: `${base}/scenarier`,
    scenario: (scenarioId: string) => `${base}/scenarier/${encodeURIComponent(scenarioId)}`,
    compareScenarios: (a: string, b: string) =>
      `${base}/scenarier/sammenlign?${new URLSearchParams({ a, b }).toString()}`,
    publicStatus: `/status/${encodeURIComponent(caseId)}`,
  };
}

export const SIGN_IN_PATH = '/logg-inn';

/** The signed-in user's own account: the password is changed there. */
export const ACCOUNT_PATH = '/konto';
