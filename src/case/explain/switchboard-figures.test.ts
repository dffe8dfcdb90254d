import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { switchboardView } from '../people/switchboard-view.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { placeholder } from '../schema/provenance.ts';
import { explainFigure } from './explain-figure.ts';
import { walkExplanations } from './walk-explanations.test-helpers.ts';

/**
 * The published Erlang C example (Call Centre Helper): 100 calls in 30 minutes, AHT 180 s, 80 % in 20 s →
 * 14 agents. Melhus gets those calls on Monday 08:00–08:30; Midtre Gauldal and Skaun are open then with no
 * calls, so they need the one person a line needs while open.
 */
function withSwitchboard(): CaseDocument {
  const document = structuredClone(defaultCase());
  const s = document.people.switchboard;
  const set = (value: number) => ({ value, provenance: placeholder(undefined, 'test') });
  s.intervalMinutes = 30;
  s.ahtSeconds = set(180);
  s.targetServiceLevel = set(0.8);
  s.targetSeconds = set(20);
  s.shrinkage = set(0.3);
  s.openWeeksPerYear = set(50);
  s.municipalities = ['5027', '5028', '5029'].map((m) => ({
    municipalityNumber: m,
    calls: [{ weekday: 1, startMinute: 480, calls: m === '5028' ? 100 : 0 }],
    openingHours: [{ weekday: 1, opensMinute: 480, closesMinute: 510 }],
    provenance: placeholder(undefined, 'test'),
  })) as typeof s.municipalities;
  return document;
}

describe('switchboard figures', () => {
  it('explains Melhus’ FTE from the published Erlang C example: 14 agents', () => {
    const document = withSwitchboard();
    const agents = explainFigure(document, 'switchboard:5028/agents/1-480', { caseId: 'c' });
    expect(agents?.value).toBe(14);
    expect(agents?.inputs.map((x) => x.value)).toEqual([100, 180, 0.8, 20]);
    // 14 agents × 0.5 h = 7 agent hours a week; × 50 weeks / (1 − 0.3) / 1695 h = 500 / 1695 FTE.
    const fte = explainFigure(document, 'switchboard:5028/fte', { caseId: 'c' });
    expect(fte?.value).toBeCloseTo(500 / 1695, 12);
    expect(fte?.value).toBe(switchboardView(document).sizing?.separate[1]?.fte);
    expect(fte?.label).toBe('Årsverk til sentralbordet for Melhus');
    const all = walkExplanations(document, 'switchboard:5028/fte');
    const aht = all.find((f) => f.id === 'switchboard:parameters/ahtSeconds');
    expect(aht?.field?.provenance).toMatchObject({ kind: 'placeholder', note: 'test' });
    expect(aht?.field?.edit?.href).toBe('/saker/c/ansatte');
  });

  it('explains the pooling gain: the quiet lines’ one person each, 2 × 0.5 h × 50 / 0.7 / 1695', () => {
    const document = withSwitchboard();
    const gain = explainFigure(document, 'switchboard:gain/fte', { caseId: 'c' });
    expect(gain?.value).toBeCloseTo((2 * 0.5 * 50) / 0.7 / 1695, 12);
    expect(gain?.value).toBe(switchboardView(document).sizing?.poolingGain?.fte);
    const all = walkExplanations(document, 'switchboard:gain/fte', 'en');
    expect(all.find((f) => f.id === 'switchboard:pooled/calls/1-480')?.value).toBe(100);
  });

  it('with callers’ patience, agents come from Erlang A (12 for the same example, 120 s patience)', () => {
    const document = withSwitchboard();
    document.people.switchboard.patienceSeconds = { value: 120, provenance: placeholder(undefined, 'test') };
    expect(explainFigure(document, 'switchboard:5028/agents/1-480', { caseId: 'c' })?.value).toBe(12);
    walkExplanations(document, 'switchboard:gain/fte', 'nn');
  });

  it('has no figures until the inputs are entered (the default case)', () => {
    for (const id of ['switchboard:5028/fte', 'switchboard:gain/fte', 'switchboard:parameters/ahtSeconds'])
      expect(explainFigure(defaultCase(), id, { caseId: 'c' })).toBeNull();
  });
});
