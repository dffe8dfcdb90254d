/**
 * The id of the input that edits a document path, so the error summary can link to it and the input can
 * show its error: `scenarios[0].areas[0].savingsShare.distribution.max` →
 * `f-scenarios-0-areas-0-savingsShare-distribution-max`.
 * @module
 */
export function fieldIdFor(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

export const SCENARIO_COMMENT_ID = 'scenario-revision-comment';
