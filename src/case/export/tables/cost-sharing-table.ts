/**
 * «Kostnadsdeling»: the key and method comparison of the cost-sharing page for every scope of the scenario
 * (each area, then all areas together): what each municipality pays per year under each simple key and each
 * method from game theory, its share of the saving, and whether the allocation is in the core. Methods that
 * cannot allocate the game are listed with the reason and no figures. From `compareAllocations`.
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import { localize } from '../../process/localize.ts';
import type { ExportCell, ExportColumn, ExportTableBuilder } from '../export-table.ts';
import {
  comparisonNotes,
  comparisonSources,
  scenarioComparisons,
  type ScopeComparison,
} from './cost-sharing-comparisons.ts';
import { measured, say } from './table-helpers.ts';

const WORDS = {
  nb: {
    sheet: 'Kostnadsdeling',
    title: (scenario: string) =>
      `Hva hver kommune betaler per år for den felles enheten etter hver fordelingsnøkkel og metode, og andelen av innsparingen, for «${scenario}».`,
    scope: 'Område',
    allocation: 'Fordeling',
    kind: 'Type',
    pays: (name: string) => `${name} betaler (kr per år)`,
    share: (name: string) => `${name}: andel av innsparingen (%)`,
    inCore: 'I kjernen',
    remark: 'Merknad',
    key: 'Enkel nøkkel',
    method: 'Metode fra spillteori',
    yes: 'Ja',
    no: 'Nei',
    scenarioKey: 'Scenarioets nøkkel',
    incomplete: 'Tabellen mangler kostnad for noen grupper, så fordelingene kan ikke regnes ut.',
    core: 'I kjernen: ingen kommune eller gruppe av kommuner betaler mer enn de ville gjort alene.',
  },
  nn: {
    sheet: 'Kostnadsdeling',
    title: (scenario: string) =>
      `Kva kvar kommune betaler per år for den felles eininga etter kvar fordelingsnøkkel og metode, og delen av innsparinga, for «${scenario}».`,
    scope: 'Område',
    allocation: 'Fordeling',
    kind: 'Type',
    pays: (name: string) => `${name} betaler (kr per år)`,
    share: (name: string) => `${name}: del av innsparinga (%)`,
    inCore: 'I kjernen',
    remark: 'Merknad',
    key: 'Enkel nøkkel',
    method: 'Metode frå spelteori',
    yes: 'Ja',
    no: 'Nei',
    scenarioKey: 'Nøkkelen til scenarioet',
    incomplete: 'Tabellen manglar kostnad for nokre grupper, så fordelingane kan ikkje reknast ut.',
    core: 'I kjernen: ingen kommune eller gruppe av kommunar betaler meir enn dei ville gjort åleine.',
  },
  en: {
    sheet: 'Cost sharing',
    title: (scenario: string) =>
      `What each municipality pays per year for the joint unit under each cost key and method, and its share of the saving, for «${scenario}».`,
    scope: 'Area',
    allocation: 'Allocation',
    kind: 'Kind',
    pays: (name: string) => `${name} pays (NOK a year)`,
    share: (name: string) => `${name}: share of the saving (%)`,
    inCore: 'In the core',
    remark: 'Remark',
    key: 'Simple key',
    method: 'Method from game theory',
    yes: 'Yes',
    no: 'No',
    scenarioKey: "The scenario's key",
    incomplete: 'The table lacks a cost for some groups, so the allocations cannot be computed.',
    core: 'In the core: no municipality or group of municipalities pays more than it would alone.',
  },
} satisfies Record<Language, unknown>;

type Words = (typeof WORDS)[Language];

function scopeRows(scope: ScopeComparison, players: readonly string[], w: Words): ExportCell[][] {
  const analysis = scope.view.analysis;
  const blanks = players.flatMap(() => [null, null]);
  if (!analysis) return [[scope.name, '', '', ...blanks, '', w.incomplete]];
  const index = (m: string) => scope.view.players.findIndex((p) => p.municipality === m);
  // A municipality outside an area has nothing to pay there: the cell does not apply (empty), it is not missing.
  const per = (values: readonly (number | null)[], m: string, round: (v: number | null) => ExportCell) =>
    index(m) < 0 ? '' : round(values[index(m)] ?? null);
  const ordered = [
    ...analysis.allocations.filter((r) => r.kind === 'key'),
    ...analysis.allocations.filter((r) => r.kind === 'method'),
  ];
  return [
    ...ordered.map((row) => [
      scope.name,
      row.label,
      row.kind === 'key' ? w.key : w.method,
      ...players.map((m) => per(row.amounts, m, (v) => (v === null ? null : Math.round(v)))),
      ...players.map((m) => per(row.savingShares, m, (v) => measured(v, 4))),
      row.core.inCore ? w.yes : w.no,
      [...(row.scenarioKey ? [w.scenarioKey] : []), ...row.warningTexts].join(' ') || '',
    ]),
    ...[...analysis.unavailableMethods, ...analysis.unavailableKeys].map((u) => [
      scope.name,
      u.label,
      'keyId' in u ? w.key : w.method,
      ...blanks,
      null,
      u.reasonText,
    ]),
  ];
}

export const costSharingTable: ExportTableBuilder = (document, context) => {
  const found = scenarioComparisons(document, context);
  if (!found) return null;
  const { language } = context;
  const w = say(language, WORDS);
  const players = found.players.map((p) => p.municipality);
  const columns: ExportColumn[] = [
    { header: w.scope, format: 'text' },
    { header: w.allocation, format: 'text' },
    { header: w.kind, format: 'text' },
    ...found.players.map((p) => ({ header: w.pays(p.name), format: 'nok' as const })),
    ...found.players.map((p) => ({ header: w.share(p.name), format: 'percent' as const })),
    { header: w.inCore, format: 'text' },
    { header: w.remark, format: 'text' },
  ];
  return {
    id: 'cost-sharing',
    sheetName: w.sheet,
    title: w.title(localize(found.scenario.name, language)),
    columns,
    rows: found.scopes.flatMap((scope) => scopeRows(scope, players, w)),
    notes: [w.core, ...comparisonNotes(document, found, language)],
    sources: comparisonSources(document, found, w.sheet, language),
  };
};
