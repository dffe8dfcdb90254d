import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import type { Decision } from '../schema/participation.ts';
import { councilDivergences } from './divergence.ts';

const COUNCILS = ['midtre-gauldal', 'melhus', 'skaun'] as const;

function withDecisions(decide: (slug: string, point: number) => Decision) {
  const document = defaultCase();
  document.decisions = COUNCILS.flatMap((slug) => [1, 2, 3, 4, 5, 6].map((point) => decide(slug, point)));
  return document;
}

const adopted = (slug: string, pointNumber: number): Decision => ({
  meetingId: `${slug}-kommunestyre-2026-03-10`,
  bodyId: `${slug}-kommunestyre`,
  pointNumber,
  outcome: 'adopted',
});

describe('councilDivergences', () => {
  it('finds nothing in the default case, which records no decisions', () => {
    const document = defaultCase();
    expect(document.decisions).toEqual([]);
    expect(document.resolutions[0]?.points.map((p) => p.status)).toEqual(Array(6).fill('proposed'));
    expect(councilDivergences(document)).toEqual([]);
  });

  it('finds nothing when all three councils adopt all six points', () => {
    expect(councilDivergences(withDecisions(adopted))).toEqual([]);
  });

  it('warns with the texts side by side when one council amends point 3', () => {
    const amended = 'Slutter seg til at sentralbordtjenesten prøves ut høsten 2026.';
    const document = withDecisions((slug, point) =>
      slug === 'skaun' && point === 3
        ? { ...adopted(slug, point), outcome: 'amended', amendedText: amended }
        : adopted(slug, point),
    );
    const warnings = councilDivergences(document);
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning?.pointNumber).toBe(3);
    expect(warning?.path).toEqual(['resolutions', 0, 'points', 2]);
    const proposed = document.resolutions[0]?.points[2]?.text;
    expect(warning?.positions.map((p) => [p.bodyId, p.outcome, p.text])).toEqual([
      ['midtre-gauldal-kommunestyre', 'adopted', proposed],
      ['melhus-kommunestyre', 'adopted', proposed],
      ['skaun-kommunestyre', 'amended', amended],
    ]);
  });

  it('warns when one council postpones a point the others adopted', () => {
    const document = withDecisions((slug, point) =>
      slug === 'melhus' && point === 5
        ? { ...adopted(slug, point), outcome: 'postponed' }
        : adopted(slug, point),
    );
    expect(councilDivergences(document).map((w) => w.pointNumber)).toEqual([5]);
  });

  it('ignores executive committees: only councils are compared', () => {
    const document = withDecisions(adopted);
    document.decisions.push({
      meetingId: 'skaun-formannskap-2026-02-24',
      bodyId: 'skaun-formannskap',
      pointNumber: 1,
      outcome: 'rejected',
    });
    expect(councilDivergences(document)).toEqual([]);
  });
});
