/**
 * Issue 13, point 1: the default case never invents and never attributes. This walks the whole document
 * and fails if any provenance credits a person, role or body with a value the seeds do not show them
 * deciding, or if a scenario setting has neither a source nor an explicit placeholder.
 */
import { describe, expect, it } from 'vitest';
import { scenarioPlaceholders } from '../scenario/scenario-placeholders.ts';
import { defaultCase } from './default-case.ts';

type Found = { path: string; value: Record<string, unknown> };

/** Every object in the document that has `key` as a property, with its path. */
function objectsWith(value: unknown, key: string, path = '', out: Found[] = []): Found[] {
  if (Array.isArray(value)) value.forEach((item, i) => objectsWith(item, key, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (key in record) out.push({ path, value: record });
    for (const [k, child] of Object.entries(record)) objectsWith(child, key, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/**
 * The roles a placeholder may name as the ones who *ought* to set a value: the roles the seeds and the
 * brief name (never a body the seeds do not name, such as «Prosjektgruppen»). Naming one is not crediting it.
 */
const ROLES = new Set([
  'Prosjektleder',
  'Økonomisjefene',
  'Kommunestyrene',
  'Kommunedirektørene',
  'Styringsgruppen',
]);

describe('the default case credits no one with a value they did not set', () => {
  const document = defaultCase();

  it('has no legacy «assumption» with an «owner» anywhere', () => {
    expect(objectsWith(document, 'assumption').map((f) => f.path)).toEqual([]);
    expect(objectsWith(document, 'owner').map((f) => f.path)).toEqual([]);
  });

  it('credits a decision only to a recorded resolution (vedtak) with that point and a source', () => {
    const resolutions = new Map(document.resolutions.map((r) => [r.id, r]));
    for (const { path, value } of objectsWith(document, 'decision')) {
      const decision = value['decision'] as { resolutionId: string; point: number };
      const resolution = resolutions.get(decision.resolutionId);
      // A recommendation (innstilling) is not a decision; the default case's only one is the recommendation.
      expect(resolution?.kind, path).toBe('resolution');
      expect(resolution?.source, path).toBeDefined();
      expect(
        resolution?.points.some((p) => p.number === decision.point && p.status === 'adopted'),
        path,
      ).toBe(true);
    }
  });

  it('names in a placeholder only a role that ought to set the value, never as if it had', () => {
    const placeholders = objectsWith(document, 'placeholder');
    expect(placeholders.length).toBeGreaterThan(10);
    for (const { path, value } of placeholders) {
      const { toBeSetBy } = value['placeholder'] as { toBeSetBy?: string };
      if (toBeSetBy !== undefined) expect(ROLES.has(toBeSetBy), `${path}: ${toBeSetBy}`).toBe(true);
    }
  });

  it('gives every source reference a document of the case', () => {
    const ids = new Set(document.sources.map((s) => s.id));
    for (const { path, value } of objectsWith(document, 'source')) {
      const source = value['source'] as { document?: string } | undefined;
      if (source && typeof source === 'object' && 'document' in source)
        expect(ids.has(source.document ?? ''), path).toBe(true);
    }
  });

  it('gives every scenario setting a source or an explicit placeholder, and every input a provenance', () => {
    for (const scenario of document.scenarios) {
      for (const field of ['baseYear', 'firstYear', 'horizonYears', 'discountSchedule'] as const)
        expect(scenario.fieldProvenance[field], `${scenario.id}.${field}`).toBeDefined();
      expect(scenario.lifetimeYears?.provenance).toBeDefined();
      expect(scenario.taxFinancingCost?.provenance).toBeDefined();
      for (const area of scenario.areas) {
        for (const field of ['startYear', 'rampUpYears', 'costKey', 'oneOffKey'] as const)
          expect(area.fieldProvenance[field], `${scenario.id}.${area.areaId}.${field}`).toBeDefined();
      }
    }
  });

  it('marks as placeholders exactly what the seeds do not give: keys, ramp-up, horizon, wage and price growth, switchboard savings', () => {
    const report = scenarioPlaceholders(document, 'administrative-tjenester', 'nb');
    const labels = report?.placeholders.map((p) => p.label) ?? [];
    for (const expected of [
      'Fordelingsnøkkel for driften – Lønn, regnskap og fakturering',
      'År til full effekt – Sentralbord',
      'Analyseperiode',
      'Reallønnsvekst',
      'Pris- og lønnsvekst i budsjettvisningen',
      'Skattefinansieringskostnad',
      'Innsparing – Sentralbord',
    ])
      expect(labels).toContain(expected);
    // Sourced: the 10–30 % range for payroll and archive, the start in January 2027 and the price year.
    expect(labels).not.toContain('Innsparing – Lønn, regnskap og fakturering');
    expect(labels).not.toContain('Oppstartsår – Lønn, regnskap og fakturering');
    expect(labels).not.toContain('Kroneår');
    // No cost is invented: every kind the studies name is listed as missing, for every area.
    expect(report?.missingCosts.length).toBe(3 * (5 + 4 + 1));
    expect(report?.grantsNotCounted.map((g) => g.reason)).toEqual(['finances_no_cost']);
  });
});
