/**
 * «Gevinster»: benefit realisation of every joint unit, from the same `benefitsView` the API, the page and the
 * CLI read. One row per benefit plan (its baseline, target, status and owner) and one per measurement under
 * it. A target or owner nobody has set is named in the notes and the «Kilder» sheet as a placeholder.
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import type { ProvenanceDetail } from '../../operations/benefit-view.ts';
import type { PlaceholderUse } from '../../scenario/scenario-placeholders.ts';
import { benefitsView } from '../../operations/benefits-view.ts';
import type { ExportCell, ExportTableBuilder } from '../export-table.ts';
import {
  citedSources,
  measured,
  missingNote,
  placeholderNote,
  placeholderSources,
  say,
} from './table-helpers.ts';

type Words = Record<Language, string>;
const w = (nb: string, nn: string, en: string): Words => ({ nb, nn, en });

const WORDS = {
  sheet: w('Gevinster', 'Gevinstar', 'Benefits'),
  title: w(
    'Gevinstrealisering per felles enhet: hver gevinstplan og målingene under den',
    'Gevinstrealisering per felles eining: kvar gevinstplan og målingane under han',
    'Benefit realisation per joint unit: each benefit plan and its measurements',
  ),
  unit: w('Felles enhet', 'Felles eining', 'Joint unit'),
  benefit: w('Gevinst', 'Gevinst', 'Benefit'),
  indicator: w('Indikator', 'Indikator', 'Indicator'),
  row: w('Rad', 'Rad', 'Row'),
  date: w('Dato', 'Dato', 'Date'),
  value: w('Verdi', 'Verdi', 'Value'),
  target: w('Mål', 'Mål', 'Target'),
  targetDate: w('Måldato', 'Måldato', 'Target date'),
  status: w('Status', 'Status', 'Status'),
  owner: w('Gevinstansvarlig (rolle)', 'Gevinstansvarleg (rolle)', 'Benefit owner (role)'),
  source: w('Kilde', 'Kjelde', 'Source'),
  plan: w('Nullpunkt og mål', 'Nullpunkt og mål', 'Baseline and target'),
  measurement: w('Måling', 'Måling', 'Measurement'),
  notSet: w('Ikke satt', 'Ikkje sett', 'Not set'),
  fromStudy: w('Utredningens tall', 'Tala i utgreiinga', 'The study’s figures'),
  placeholder: w('Plassholder – ikke fastsatt', 'Plasshaldar – ikkje fastsett', 'Placeholder – not set'),
  targetOf: w('Mål for «{benefit}»', 'Mål for «{benefit}»', 'Target of “{benefit}”'),
  ownerOf: w('Gevinstansvarlig for «{benefit}»', 'Gevinstansvarleg for «{benefit}»', 'Owner of “{benefit}”'),
};

function sourceText(p: ProvenanceDetail | null, language: Language): string {
  if (p === null) return say(language, WORDS.fromStudy);
  if (p.source) return p.source.locator === null ? p.source.title : `${p.source.title}, ${p.source.locator}`;
  if (p.decision) return `${p.decision.resolutionId} ${p.decision.point}`;
  return say(language, WORDS.placeholder);
}

export const benefitsTable: ExportTableBuilder = (document, context) => {
  const { language } = context;
  if (document.operations.benefitPlans.length === 0) return null;
  const sheetName = say(language, WORDS.sheet);
  const rows: ExportCell[][] = [];
  const placeholders: PlaceholderUse[] = [];
  for (const unit of document.operations.units) {
    const view = benefitsView(document, unit.id, language);
    if (view === null) continue;
    for (const plan of view.plans) {
      if (!plan.ok) {
        rows.push([
          view.unitName,
          plan.benefit,
          '',
          say(language, WORDS.plan),
          null,
          null,
          null,
          null,
          `${plan.statusText.label}: ${plan.field}`,
          '',
          '',
        ]);
        continue;
      }
      const { baseline, target, owner } = plan;
      const label = (words: Words) => say(language, words).replace('{benefit}', plan.benefit);
      const at = `operations.benefitPlans[${document.operations.benefitPlans.findIndex((b) => b.id === plan.id)}]`;
      if (target.provenance.kind === 'placeholder')
        placeholders.push({
          path: `${at}.target`,
          label: label(WORDS.targetOf),
          toBeSetBy: target.provenance.toBeSetBy ?? null,
          note: target.provenance.note ?? null,
        });
      if (owner.provenance.kind === 'placeholder')
        placeholders.push({
          path: `${at}.benefitOwner`,
          label: label(WORDS.ownerOf),
          toBeSetBy: owner.provenance.toBeSetBy ?? null,
          note: owner.provenance.note ?? null,
        });
      rows.push([
        view.unitName,
        plan.benefit,
        plan.indicator,
        say(language, WORDS.plan),
        baseline.date,
        measured(baseline.value, 2),
        measured(target.value, 2),
        target.date,
        plan.statusText.label,
        owner.role ?? say(language, WORDS.notSet),
        sourceText(baseline.provenance, language),
      ]);
      for (const m of plan.measurements) {
        rows.push([
          view.unitName,
          plan.benefit,
          plan.indicator,
          say(language, WORDS.measurement),
          m.date,
          measured(m.value, 2),
          null,
          null,
          '',
          '',
          sourceText(m.provenance, language),
        ]);
      }
    }
  }
  const header = (key: keyof typeof WORDS) => say(language, WORDS[key]);
  return {
    id: 'benefits',
    sheetName,
    title: say(language, WORDS.title),
    columns: [
      { header: header('unit'), format: 'text' },
      { header: header('benefit'), format: 'text' },
      { header: header('indicator'), format: 'text' },
      { header: header('row'), format: 'text' },
      { header: header('date'), format: 'date' },
      { header: header('value'), format: 'decimal2' },
      { header: header('target'), format: 'decimal2' },
      { header: header('targetDate'), format: 'date' },
      { header: header('status'), format: 'text' },
      { header: header('owner'), format: 'text' },
      { header: header('source'), format: 'text' },
    ],
    rows,
    notes: [...placeholderNote(placeholders, language), missingNote(language)],
    sources: [
      ...citedSources(document, document.operations.benefitPlans, sheetName, language),
      ...placeholderSources(placeholders, sheetName, language),
    ],
  };
};
