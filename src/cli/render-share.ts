/**
 * `flokk share` as text: the coalition-cost table (derived or typed), the warnings, the allocations side by
 * side in kroner and as shares of the saving with their core verdicts, and the net effect per year under one
 * method. Numbers keep Norwegian formats in every language.
 * @module
 */
import type { CoalitionCostRow } from '../case/cost-sharing/coalition-costs.ts';
import type { CostSharingView } from '../case/cost-sharing/comparison-view.ts';
import type { WordedAllocationRow } from '../case/cost-sharing/comparison-words.ts';
import { formatNok, formatNumber, MISSING } from '../i18n/format.ts';
import type { Language } from '../i18n/language.ts';
import { renderTextTable, type TextColumn } from './text-table.ts';

const TEXT = {
  nb: {
    group: 'Gruppe',
    cost: 'Kostnad per år',
    origin: 'Kilde',
    derived: 'avledet',
    typed: 'oppgitt',
    costsTitle: 'Kostnad per gruppe (c(S), kr per år)',
    warnings: 'Advarsler:',
    allocationsTitle: 'Fordeling av den felles driftskostnaden (kr per år)',
    sharesTitle: 'Andel av innsparingen',
    method: 'Fordeling',
    inCore: 'I kjernen',
    yes: 'ja',
    no: 'nei',
    scenarioKey: '* = nøkkelen scenarioet bruker',
    coreTitle: 'Kjernesjekk',
    netTitle: (method: string) =>
      `Netto effekt per år med ${method} som fordelingsnøkkel: scenarioets netto virkning, samme tall som flokk analyse (alle områder, engangskostnader og tilskudd med, faste kroner)`,
    year: 'År',
    total: 'Totalt',
    unavailable: (id: string, reason: string) => `Nøkkelen ${id} kan ikke brukes her (${reason}).`,
  },
  nn: {
    group: 'Gruppe',
    cost: 'Kostnad per år',
    origin: 'Kjelde',
    derived: 'avleidd',
    typed: 'oppgitt',
    costsTitle: 'Kostnad per gruppe (c(S), kr per år)',
    warnings: 'Åtvaringar:',
    allocationsTitle: 'Fordeling av den felles driftskostnaden (kr per år)',
    sharesTitle: 'Del av innsparinga',
    method: 'Fordeling',
    inCore: 'I kjernen',
    yes: 'ja',
    no: 'nei',
    scenarioKey: '* = nøkkelen scenarioet brukar',
    coreTitle: 'Kjernesjekk',
    netTitle: (method: string) =>
      `Netto effekt per år med ${method} som fordelingsnøkkel: netto verknaden til scenarioet, same tal som flokk analyse (alle område, eingongskostnader og tilskot med, faste kroner)`,
    year: 'År',
    total: 'Totalt',
    unavailable: (id: string, reason: string) => `Nøkkelen ${id} kan ikkje brukast her (${reason}).`,
  },
  en: {
    group: 'Group',
    cost: 'Cost per year',
    origin: 'Origin',
    derived: 'derived',
    typed: 'typed',
    costsTitle: 'Cost per group (c(S), kr per year)',
    warnings: 'Warnings:',
    allocationsTitle: 'Sharing of the joint running cost (kr per year)',
    sharesTitle: 'Share of the saving',
    method: 'Allocation',
    inCore: 'In the core',
    yes: 'yes',
    no: 'no',
    scenarioKey: '* = the key the scenario uses',
    coreTitle: 'Core check',
    netTitle: (method: string) =>
      `Net effect per year with ${method} as the cost key: the scenario's net effect, the same figures as flokk analyse (all areas, one-off costs and grants included, real kroner)`,
    year: 'Year',
    total: 'Total',
    unavailable: (id: string, reason: string) => `The key ${id} cannot be used here (${reason}).`,
  },
} satisfies Record<Language, unknown>;

/** The part of the view a plain game has too (no scenario, no net effect). */
export type ShareTextInput = Pick<CostSharingView, 'players' | 'warningTexts' | 'analysis'> &
  Partial<Pick<CostSharingView, 'model' | 'netEffect'>> & { table: { rows: readonly CoalitionCostRow[] } };

const nok = (value: number | null) => (value === null ? MISSING : formatNok(Math.round(value)));
const share = (value: number | null) => (value === null ? MISSING : `${formatNumber(value * 100, 1)} %`);

function costsTable(view: ShareTextInput, language: Language): string {
  const t = TEXT[language];
  const name = (m: string) => view.players.find((p) => p.municipality === m)?.name ?? m;
  const columns: TextColumn[] = [
    { header: t.group, align: 'left' },
    { header: t.cost, align: 'right' },
    { header: t.origin, align: 'left' },
  ];
  const body = view.table.rows.map((row) => [
    row.members.map(name).join(' + '),
    nok(row.cost),
    row.origin === 'typed' ? t.typed : t.derived,
  ]);
  return renderTextTable(columns, body, []);
}

function allocationTable(
  view: ShareTextInput,
  rows: readonly WordedAllocationRow[],
  cell: (row: WordedAllocationRow, i: number) => string,
  language: Language,
): string {
  const t = TEXT[language];
  const columns: TextColumn[] = [
    { header: t.method, align: 'left' },
    ...view.players.map((p) => ({ header: p.name, align: 'right' as const })),
    { header: t.inCore, align: 'left' },
  ];
  const body = rows.map((row) => [
    `${row.label}${row.scenarioKey ? ' *' : ''}`,
    ...view.players.map((_, i) => cell(row, i)),
    row.core.inCore ? t.yes : t.no,
  ]);
  return renderTextTable(columns, body, []);
}

function netTable(view: ShareTextInput, methodId: string, language: Language): string {
  const t = TEXT[language];
  const net = view.netEffect;
  const perMunicipality = net?.perAllocation[methodId];
  const row = view.analysis?.allocations.find((r) => r.id === methodId);
  if (!net || !perMunicipality || !row) return '';
  const columns: TextColumn[] = [
    { header: t.year, align: 'left' },
    ...view.players.map((p) => ({ header: p.name, align: 'right' as const })),
    { header: t.total, align: 'right' },
  ];
  const body = net.years.map((year, y) => {
    const values = view.players.map((p) => perMunicipality[p.municipality]?.[y] ?? 0);
    return [String(year), ...values.map(nok), nok(values.reduce((a, b) => a + b, 0))];
  });
  return `${t.netTitle(row.label)}\n${renderTextTable(columns, body, [])}`;
}

/**
 * The whole text output; `methodId` chooses the method of the net-effect table.
 * @example renderShareText(view, 'nucleolus', 'nb')
 */
export function renderShareText(
  view: ShareTextInput,
  heading: string,
  methodId: string,
  language: Language,
): string {
  const t = TEXT[language];
  const parts = [heading, ...(view.model ?? []), '', t.costsTitle, costsTable(view, language)];
  if (view.warningTexts.length > 0) parts.push(t.warnings, ...view.warningTexts.map((w) => `  ${w}`), '');
  const analysis = view.analysis;
  if (!analysis) return `${parts.join('\n')}\n`;
  const rows = analysis.allocations;
  parts.push(
    analysis.coreSummary,
    '',
    t.allocationsTitle,
    allocationTable(view, rows, (row, i) => nok(row.amounts[i] ?? null), language),
  );
  if (rows.some((row) => row.scenarioKey)) parts.push(t.scenarioKey);
  parts.push(
    ...analysis.unavailableKeys.map((k) => t.unavailable(k.id, k.reason)),
    '',
    t.sharesTitle,
    allocationTable(view, rows, (row, i) => share(row.savingShares[i] ?? null), language),
    t.coreTitle,
    ...rows.map((row) => `  ${row.label}: ${[...row.coreSentences, ...row.warningTexts].join(' ')}`),
    '',
  );
  const net = netTable(view, methodId, language);
  if (net) parts.push(net);
  return `${parts.join('\n')}\n`;
}
