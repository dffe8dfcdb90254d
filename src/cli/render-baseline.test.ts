import { describe, expect, it } from 'vitest';
import { defaultCase } from '../case/default-case/default-case.ts';
import { baselineView } from './baseline-view.ts';
import { renderBaselineText } from './render-baseline.ts';

const NBSP = '\u00a0';

/** The default case with Melhus' central payroll figures edited: labour cost as an own value, FTE with its old source. */
function edited() {
  const document = defaultCase();
  const row = document.baseline.find(
    (r) =>
      r.areaId === 'lonn-regnskap-fakturering' && r.municipalityNumber === '5028' && r.scope === 'central',
  );
  if (!row) throw new Error('row missing');
  row.labourCost = 5_300_000 as typeof row.labourCost;
  row.sources.labourCost = { entered: { by: 'Kari Nordmann', at: '2026-12-03T10:00:00.000Z' } };
  row.fte = 6.5 as typeof row.fte;
  return document;
}

describe('renderBaselineText: where figures come from', () => {
  it('says nothing extra for the default case, whose figures equal their sources', () => {
    const view = baselineView(defaultCase(), 'nb');
    expect(view.tables.flatMap((t) => t.rows).some((r) => r.sourceNotes !== undefined)).toBe(false);
    expect(renderBaselineText(view, 'nb')).not.toMatch(/Egen verdi|Avviker/);
  });

  it('prints an own value with who and when, and a figure that differs from what its source states', () => {
    const text = renderBaselineText(baselineView(edited(), 'nb'), 'nb');
    expect(text).toContain('Melhus – Lønnskostnad: Egen verdi – lagt inn av Kari Nordmann 03.12.2026\n');
    expect(text).toContain('Melhus – Årsverk: Avviker fra kilden: kilden oppgir 6,4\n');
    expect(renderBaselineText(baselineView(edited(), 'en'), 'en')).toContain(
      'Melhus – FTE: Differs from the source: the source states 6,4\n',
    );
    expect(text).toContain(`5${NBSP}300${NBSP}000 kr`);
  });
});
