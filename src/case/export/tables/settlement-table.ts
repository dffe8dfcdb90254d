/**
 * «Årsoppgjør»: each recorded annual settlement of each joint unit, one row per municipality: its share of the
 * actual cost, what it paid on account, what came from (+) or went to (−) the fund, and the balance to invoice
 * (+) or refund (−). Built from `settlementSummary`, the one view the settlement page, API and CLI show, so
 * the file and the page cannot disagree. A year that cannot be settled is named in the notes with the reason.
 * @module
 */
import { textOf } from '../../field-label.ts';
import { settlementSummary } from '../../operations/settlement-summary.ts';
import type { ExportCell, ExportSource, ExportTableBuilder } from '../export-table.ts';
import { say } from './table-helpers.ts';

const WORDS = {
  nb: {
    sheetName: 'Årsoppgjør',
    title: 'Årsoppgjør per felles enhet, år og kommune, fra vertskommunens regnskap',
    headers: {
      unit: 'Felles enhet',
      year: 'År',
      municipality: 'Kommune',
      share: 'Andel av regnskapet (kr)',
      paid: 'Betalt a-konto (kr)',
      fund: 'Fra fond (+) / til fond (−) (kr)',
      balance: 'Å betale (+) / få tilbake (−) (kr)',
    },
    none: 'Ingen årsoppgjør er registrert ennå.',
    notSettled: (unit: string, year: number, why: string) => `${unit} ${year}: ${why}`,
    placeholders: 'Bygger på plassholdere:',
    toBeSetBy: (who: string | null) => (who ? `skal fastsettes av ${who}` : 'ikke vedtatt'),
    ledger: (file: string, lines: number, date: string) =>
      `Regnskapsfil ${file}, ${lines} linjer, registrert ${date}`,
    unnamed: 'uten navn',
  },
  nn: {
    sheetName: 'Årsoppgjer',
    title: 'Årsoppgjer per felles eining, år og kommune, frå rekneskapen til vertskommunen',
    headers: {
      unit: 'Felles eining',
      year: 'År',
      municipality: 'Kommune',
      share: 'Del av rekneskapen (kr)',
      paid: 'Betalt a-konto (kr)',
      fund: 'Frå fond (+) / til fond (−) (kr)',
      balance: 'Å betale (+) / få tilbake (−) (kr)',
    },
    none: 'Ingen årsoppgjer er registrerte enno.',
    notSettled: (unit: string, year: number, why: string) => `${unit} ${year}: ${why}`,
    placeholders: 'Byggjer på plasshaldarar:',
    toBeSetBy: (who: string | null) => (who ? `skal fastsetjast av ${who}` : 'ikkje vedteke'),
    ledger: (file: string, lines: number, date: string) =>
      `Rekneskapsfil ${file}, ${lines} linjer, registrert ${date}`,
    unnamed: 'utan namn',
  },
  en: {
    sheetName: 'Annual settlement',
    title: 'Annual settlement per joint unit, year and municipality, from the host’s accounts',
    headers: {
      unit: 'Joint unit',
      year: 'Year',
      municipality: 'Municipality',
      share: 'Share of actual cost (NOK)',
      paid: 'Paid on account (NOK)',
      fund: 'From fund (+) / to fund (−) (NOK)',
      balance: 'To pay (+) / refund (−) (NOK)',
    },
    none: 'No annual settlement is recorded yet.',
    notSettled: (unit: string, year: number, why: string) => `${unit} ${year}: ${why}`,
    placeholders: 'Rests on placeholders:',
    toBeSetBy: (who: string | null) => (who ? `to be set by ${who}` : 'not decided'),
    ledger: (file: string, lines: number, date: string) =>
      `Ledger file ${file}, ${lines} lines, recorded ${date}`,
    unnamed: 'unnamed',
  },
};

export const settlementTable: ExportTableBuilder = (document, context) => {
  const { language } = context;
  const w = say(language, WORDS);
  const rows: ExportCell[][] = [];
  const notes: string[] = [];
  const sources = new Map<string, ExportSource>();
  const years = [...document.operations.settlements].sort((a, b) => a.year - b.year);
  for (const recorded of years) {
    const unit = document.operations.units.find((u) => u.id === recorded.unitId);
    const unitName = (unit && textOf(unit.name, language)) ?? recorded.unitId;
    const summary = settlementSummary(document, recorded.unitId, recorded.year, language);
    if (!summary.ok) {
      notes.push(w.notSettled(unitName, recorded.year, summary.message));
      continue;
    }
    for (const row of summary.rows)
      rows.push([unitName, summary.year, row.name, row.shareOfActual, row.paid, row.fromFund, row.balance]);
    const file = summary.sources.actual;
    const ledger = w.ledger(file.fileName ?? w.unnamed, file.lines, file.recordedOn);
    sources.set(`ledger:${file.fingerprint}`, {
      kind: 'own-value',
      label: `${unitName} ${summary.year}`,
      detail: `${ledger} (SHA-256 ${file.fingerprint})`,
      usedIn: [w.sheetName],
    });
    for (const p of summary.placeholders)
      sources.set(`placeholder:${p.path}`, {
        kind: 'placeholder',
        label: p.label,
        detail: w.toBeSetBy(p.toBeSetBy),
        usedIn: [w.sheetName],
      });
  }
  if (years.length === 0) notes.push(w.none);
  const placeholders = [...sources.values()].filter((s) => s.kind === 'placeholder');
  if (placeholders.length > 0) notes.push(`${w.placeholders} ${placeholders.map((p) => p.label).join('; ')}`);
  const h = w.headers;
  return {
    id: 'settlement',
    sheetName: w.sheetName,
    title: w.title,
    columns: [
      { header: h.unit, format: 'text' },
      { header: h.year, format: 'year' },
      { header: h.municipality, format: 'text' },
      { header: h.share, format: 'nok' },
      { header: h.paid, format: 'nok' },
      { header: h.fund, format: 'nok' },
      { header: h.balance, format: 'nok' },
    ],
    rows,
    notes,
    sources: [...sources.values()],
  };
};
