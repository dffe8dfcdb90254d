/**
 * «Sentralbord»: the switchboard page's figures from the same `switchboardView` the people API answers:
 * each municipality's switchboard today (FTE and labour cost from the baseline), the computed staffing of
 * separate switchboards against one pooled, the pooling gain, and the pooled cost shared by the cost keys.
 * Until every input is entered the computed columns are `..` and the notes list what is missing.
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import { switchboardView } from '../../people/switchboard-view.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import { isPlaceholder } from '../../schema/provenance.ts';
import type { ExportCell, ExportSource, ExportTableBuilder } from '../export-table.ts';
import { SWITCHBOARD_WORDS, type SwitchboardField } from './switchboard-words.ts';
import {
  citedSources,
  measured,
  missingNote,
  municipalityName,
  placeholderNote,
  say,
} from './table-helpers.ts';

type Words = (typeof SWITCHBOARD_WORDS)[Language];

const whole = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.round(value);

/** The missing inputs as the forms label them: `people.switchboard.calls.5028` → «Anrop …: Melhus». */
function missingLabel(path: string, w: Words, document: CaseDocument): string {
  const [, , field = '', municipality] = path.split('.');
  if (field === 'calls') return w.calls(municipalityName(document, municipality ?? ''));
  if (field === 'openingHours') return w.openingHours(municipalityName(document, municipality ?? ''));
  return field in w.fields ? w.fields[field as SwitchboardField] : field;
}

function placeholders(document: CaseDocument, w: Words, sheetName: string): ExportSource[] {
  const s = document.people.switchboard;
  return (Object.keys(w.fields) as SwitchboardField[]).flatMap((key) => {
    const field = s[key];
    if (field.value === null || !isPlaceholder(field.provenance)) return [];
    const { toBeSetBy, note } = field.provenance.placeholder;
    return [
      {
        kind: 'placeholder' as const,
        label: w.fields[key],
        detail: [toBeSetBy, note].filter((part) => part !== undefined && part !== '').join('. '),
        usedIn: [sheetName],
      },
    ];
  });
}

export const switchboardTable: ExportTableBuilder = (document, context) => {
  const { language } = context;
  const w = say(language, SWITCHBOARD_WORDS);
  const view = switchboardView(document);
  const sizing = view.sizing;
  const share = (keyId: string, m: string): ExportCell =>
    sizing ? (view.costShares.find((c) => c.keyId === keyId)?.shares[m] ?? null) : null;
  const rows: ExportCell[][] = view.today.map((today) => {
    const separate = sizing?.separate.find((s) => s.municipalityNumber === today.municipalityNumber);
    return [
      municipalityName(document, today.municipalityNumber),
      measured(today.fte),
      whole(today.labourCost),
      measured(separate?.fte, 2),
      measured(separate?.fractionalFte, 2),
      whole(separate?.costNok),
      share('population', today.municipalityNumber),
      share('equal', today.municipalityNumber),
    ];
  });
  // The pooled switchboard and the gain have no figures today and are not shared out: those cells are empty.
  const unit = (label: string, fte: number | null, fractional: number | null, cost: number | null) => [
    label,
    '',
    '',
    measured(fte, 2),
    measured(fractional, 2),
    whole(cost),
    '',
    '',
  ];
  rows.push(
    unit(
      w.pooled,
      sizing?.pooled?.fte ?? null,
      sizing?.pooled?.fractionalFte ?? null,
      sizing?.pooled?.costNok ?? null,
    ),
  );
  rows.push(
    unit(
      w.gain,
      sizing?.poolingGain?.fte ?? null,
      sizing?.poolingGain?.fractionalFte ?? null,
      sizing?.poolingGain?.costNok ?? null,
    ),
  );
  const sheetName = w.sheet;
  const placeholderRows = placeholders(document, w, sheetName);
  const central = document.baseline.filter((r) => r.scope === 'central' && r.areaId === view.areaId);
  return {
    id: 'switchboard',
    sheetName,
    title: w.title,
    columns: [
      { header: w.unit, format: 'text' },
      { header: w.fteToday, format: 'decimal1' },
      { header: w.costToday, format: 'nok' },
      { header: w.fte, format: 'decimal2' },
      { header: w.fractionalFte, format: 'decimal2' },
      { header: w.cost, format: 'nok' },
      { header: w.population, format: 'nok' },
      { header: w.equal, format: 'nok' },
    ],
    rows,
    notes: [
      ...(view.missing.length
        ? [`${w.missing}: ${view.missing.map((p) => missingLabel(p, w, document)).join('; ')}.`]
        : []),
      ...placeholderNote(placeholderRows, language),
      missingNote(language),
      w.notApplicable,
      w.intervals,
    ],
    sources: [
      ...placeholderRows,
      ...citedSources(document, [central, document.people.switchboard], sheetName, language),
    ],
  };
};
