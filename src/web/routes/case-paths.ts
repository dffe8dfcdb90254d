/**
 * The addresses of a case's pages, in one place.
 * @module
 */
export function casePaths(caseId: string) {
  const base = `/saker/${encodeURIComponent(caseId)}`;
  return {
    overview: base,
    baseline: `${base}/grunnlag`,
    history: `${base}/historikk`,
    revision: (revision: number) => `${base}/historikk/${revision}`,
    publicStatus: `/status/${encodeURIComponent(caseId)}`,
  };
}

export const SIGN_IN_PATH = '/logg-inn';
