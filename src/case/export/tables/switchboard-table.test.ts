import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { switchboardView } from '../../people/switchboard-view.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import { placeholder } from '../../schema/provenance.ts';
import { switchboardTable } from './switchboard-table.ts';

/**
 * The published Erlang C example (Call Centre Helper), as in the switchboard figures' tests: 100 calls in 30
 * minutes to Melhus, AHT 180 s, 80 % in 20 s → 14 agents; the other two are open with no calls (1 agent each).
 */
function withSwitchboard(): CaseDocument {
  const document = structuredClone(defaultCase());
  const s = document.people.switchboard;
  const set = (value: number) => ({ value, provenance: placeholder('Prosjektleder', 'test') });
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

describe('switchboardTable', () => {
  it('shows today’s switchboards and «..» for every computed figure until the inputs are entered', () => {
    const document = defaultCase();
    const table = switchboardTable(document, { language: 'nb', role: 'reader' });
    const view = switchboardView(document);
    if (!table) throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Sentralbord',
      'Årsverk i dag',
      'Lønnskostnad i dag (kr)',
      'Beregnede årsverk (hele agenter)',
      'Beregnede årsverk (desimal)',
      'Beregnet lønnskostnad (kr)',
      'Felles kostnad fordelt etter innbyggertall (kr)',
      'Felles kostnad fordelt med lik andel (kr)',
    ]);
    expect(table.rows.map((r) => r[0])).toEqual([
      'Midtre Gauldal',
      'Melhus',
      'Skaun',
      'Felles sentralbord',
      'Gevinst ved felles kø',
    ]);
    expect(table.rows.slice(0, 3).map((r) => r[1])).toEqual(view.today.map((t) => t.fte));
    // The seeds' switchboard: 0.8 + 1 + 0.8 FTE today (sentralbordtjeneste, beregnet ut fra åpningstid).
    expect(table.rows.slice(0, 3).map((r) => r[1])).toEqual([0.8, 1, 0.8]);
    for (const row of table.rows) expect(row.slice(3, 6)).toEqual([null, null, null]);
    expect(table.notes[0]).toMatch(
      /^Bemanningen kan ikke beregnes ennå.*Gjennomsnittlig behandlingstid per anrop/,
    );
    expect(table.notes[0]).toContain('Anrop per ukedag og time: Melhus');
  });

  it('gives the Erlang sizing by hand once the inputs are there: Melhus 14 agents × ½ h × 50 weeks / 0.7 / 1695 h', () => {
    const document = withSwitchboard();
    const table = switchboardTable(document, { language: 'nb', role: 'reader' });
    const sizing = switchboardView(document).sizing;
    if (!table || !sizing) throw new Error('no sizing');
    const melhus = table.rows.find((r) => r[0] === 'Melhus');
    expect(melhus?.[3]).toBeCloseTo((14 * 0.5 * 50) / 0.7 / 1695, 2);
    const gain = table.rows.find((r) => r[0] === 'Gevinst ved felles kø');
    expect(gain?.[3]).toBeCloseTo((2 * 0.5 * 50) / 0.7 / 1695, 2);
    expect(gain?.[3]).toBeCloseTo(sizing.poolingGain?.fte ?? NaN, 2);
    // The pooled cost shared by population adds up to the pooled cost in whole kroner.
    const pooled = table.rows.find((r) => r[0] === 'Felles sentralbord')?.[5] as number;
    const shared = table.rows.slice(0, 3).reduce((s, r) => s + (r[6] as number), 0);
    expect(shared).toBe(pooled);
    expect(table.notes.some((n) => n.startsWith('Bemanningen kan ikke'))).toBe(false);
    expect(table.sources.filter((s) => s.kind === 'placeholder').map((s) => s.label)).toContain(
      'Gjennomsnittlig behandlingstid per anrop',
    );
    expect(table.notes.some((n) => n.startsWith('Bygger på plassholdere'))).toBe(true);
  });

  it('has English headers when asked', () => {
    const en = switchboardTable(defaultCase(), { language: 'en', role: 'reader' });
    expect(en?.columns[2]?.header).toBe('Labour cost today (NOK)');
    expect(en?.rows.at(-1)?.[0]).toBe('Pooling gain');
  });
});
