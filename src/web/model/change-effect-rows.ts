/**
 * The rows of «Dette endret seg»: per scenario, all the municipalities together and then each one, before →
 * after in million kroner with one decimal (as a budget summary rounds), with the change signed.
 * @module
 */
import type { ChangeEffect, ScenarioNpv } from '../../case/scenario/change-effect.ts';
import { formatMillions, roundedMillions } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';

export interface ChangeRow {
  /** `total` or a municipality number. */
  key: string;
  /** Million kroner with one decimal, or null where the scenario cannot be computed in that revision. */
  before: string | null;
  after: string | null;
  /** Signed: «+1,2», «−0,4», «0,0»; null unless both sides are computed. */
  change: string | null;
}

/** Million kroner with one decimal: 1 159 548 → «1,2». */
export function millions(value: number, language: Language = 'nb'): string {
  return formatMillions(value, language);
}

/** A signed change in million kroner: «+1,2», «−0,4», «0,0». */
export function signedMillions(value: number, language: Language = 'nb'): string {
  const text = millions(value, language);
  return roundedMillions(value) > 0 ? `+${text}` : text;
}

function row(key: string, before: number | null, after: number | null, language: Language): ChangeRow {
  return {
    key,
    before: before === null ? null : millions(before, language),
    after: after === null ? null : millions(after, language),
    change: before === null || after === null ? null : signedMillions(after - before, language),
  };
}

const pick = (npv: ScenarioNpv | null, key: string) =>
  npv === null ? null : key === 'total' ? npv.total : (npv.perMunicipality[key] ?? null);

/** The total first, then each municipality that takes part before or after, in the case's order. */
export function changeRows(
  scenario: ChangeEffect['scenarios'][number],
  municipalities: ChangeEffect['municipalities'],
  language: Language = 'nb',
): ChangeRow[] {
  const takesPart = (id: string) =>
    [scenario.before, scenario.after].some((npv) => npv?.perMunicipality[id] !== undefined);
  return [
    row('total', scenario.before?.total ?? null, scenario.after?.total ?? null, language),
    ...municipalities
      .filter((m) => takesPart(m.municipalityNumber))
      .map((m) =>
        row(
          m.municipalityNumber,
          pick(scenario.before, m.municipalityNumber),
          pick(scenario.after, m.municipalityNumber),
          language,
        ),
      ),
  ];
}

/** True when the scenario's total or a municipality's NPV moved by a krone or more, or it appeared or went. */
export function scenarioMoved(scenario: ChangeEffect['scenarios'][number]): boolean {
  const { before, after } = scenario;
  if (before === null || after === null) return before !== after;
  const ids = new Set([...Object.keys(before.perMunicipality), ...Object.keys(after.perMunicipality)]);
  return [...ids, 'total'].some((id) => Math.abs((pick(after, id) ?? 0) - (pick(before, id) ?? 0)) >= 1);
}
