/**
 * The rows of the side-by-side comparison of two scenarios: NPV in total and per municipality, payback,
 * IRR, and P10 / P50 / P90 of NPV where both have been simulated, with the difference B − A.
 * @module
 */
import type { DeterministicAnalysis } from '../../../case/scenario/analyse-scenario.ts';
import type { MonteCarloResult, NpvDistribution } from '../../../engine/economics/monte-carlo.ts';
import type { CashFlowFigures } from '../../../engine/economics/scenario-summary.ts';
import { formatMillionNok, MISSING } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { irrText, paybackText } from './figure-text.ts';

/** One scenario as compared: its analysis (null when it cannot be analysed) and its simulation, if run. */
export interface ComparedScenario {
  analysis: DeterministicAnalysis | null;
  simulation: MonteCarloResult | undefined;
}

export interface CompareRow {
  key: string;
  label: string;
  a: string;
  b: string;
  /** B − A, or empty where a difference means nothing (IRR). */
  difference: string;
}

interface Party {
  id: string;
  name: string;
}

// Rounded as a budget summary; the difference is taken of the exact amounts and rounded once.
const money = (value: number | undefined, language: Language) =>
  value === undefined ? MISSING : formatMillionNok(value, language);
const moneyDifference = (a: number | undefined, b: number | undefined, language: Language) =>
  a === undefined || b === undefined ? MISSING : formatMillionNok(b - a, language);

function figuresOf(scenario: ComparedScenario, party: Party | null): CashFlowFigures | undefined {
  const summary = scenario.analysis?.summary;
  return party ? summary?.perMunicipality[party.id] : summary?.total;
}

function distributionOf(scenario: ComparedScenario, party: Party | null): NpvDistribution | undefined {
  const simulation = scenario.simulation;
  return party ? simulation?.perMunicipality[party.id] : simulation?.total;
}

/** @example compareRows(a, b, [{ id: '5029', name: 'Skaun' }], t)[0].label // → 'Netto nåverdi – totalt' */
export function compareRows(
  a: ComparedScenario,
  b: ComparedScenario,
  municipalities: readonly Party[],
  t: Translate,
  language: Language = 'nb',
): CompareRow[] {
  const parties: (Party | null)[] = [null, ...municipalities];
  const who = (party: Party | null) => party?.name ?? t('compare.total');
  const rows: CompareRow[] = parties.map((party) => {
    const [fa, fb] = [figuresOf(a, party), figuresOf(b, party)];
    return {
      key: `npv-${party?.id ?? 'total'}`,
      label: t('compare.npv', { who: who(party) }),
      a: money(fa?.npv, language),
      b: money(fb?.npv, language),
      difference: moneyDifference(fa?.npv, fb?.npv, language),
    };
  });
  for (const party of parties) {
    const [fa, fb] = [figuresOf(a, party), figuresOf(b, party)];
    const year = (f: CashFlowFigures | undefined) => (f === undefined ? MISSING : paybackText(f, t));
    rows.push({
      key: `payback-${party?.id ?? 'total'}`,
      label: t('compare.payback', { who: who(party) }),
      a: year(fa),
      b: year(fb),
      difference: '',
    });
  }
  const irr = (f: CashFlowFigures | undefined) => (f === undefined ? MISSING : irrText(f.irr, t));
  rows.push({
    key: 'irr',
    label: t('compare.irr'),
    a: irr(figuresOf(a, null)),
    b: irr(figuresOf(b, null)),
    difference: '',
  });
  if (!a.simulation && !b.simulation) return rows;
  for (const party of parties) {
    for (const quantile of ['p10', 'p50', 'p90'] as const) {
      const [da, db] = [distributionOf(a, party), distributionOf(b, party)];
      const show = (d: NpvDistribution | undefined) =>
        d === undefined ? t('compare.notSimulated') : money(d.npv[quantile], language);
      rows.push({
        key: `${quantile}-${party?.id ?? 'total'}`,
        label: t('compare.quantile', { quantile: quantile.toUpperCase(), who: who(party) }),
        a: show(da),
        b: show(db),
        difference: moneyDifference(da?.npv[quantile], db?.npv[quantile], language),
      });
    }
  }
  return rows;
}
