/**
 * Faktiske opplysninger: today's staffing and costs in each of the scenario's areas, as the baseline gives
 * them: this municipality's own rows and the total for all the municipalities in the scenario. The rows are
 * the ones the scenario reads (the decentral share only where the scenario includes it).
 * @module
 */
import { formatBudgetNok, formatFte, MISSING } from '../../i18n/format.ts';
import type { BaselineRow } from '../schema/baseline.ts';
import { resolveProvenance } from '../explain/provenance-view.ts';
import type { Block, Inline } from './document-model.ts';
import { figureNote, provenanceWords, text } from './inlines.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';

type Area = SaksframleggContext['areas'][number];

function rowsOf(context: SaksframleggContext, area: Area): BaselineRow[] {
  const members = new Set(context.participants.map((p) => p.number));
  return context.document.baseline.filter(
    (row) =>
      row.areaId === area.id &&
      members.has(row.municipalityNumber) &&
      (row.scope === 'central' || area.setting.includeDecentral),
  );
}

/** A sum that is missing («..») when any of its parts is: a total never hides a gap. */
function sum(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

const otherCosts = (row: BaselineRow) =>
  row.otherCosts.length ? sum(row.otherCosts.map((c) => c.amount)) : 0;

function basisWords(context: SaksframleggContext, rows: BaselineRow[]): string {
  const row = rows[0];
  if (!row) return '';
  return row.figureBasis === 'asOfDocument'
    ? say(context, 'tall per dato i kilden', 'tal per dato i kjelda')
    : say(context, `budsjett ${row.budgetYear}`, `budsjett ${row.budgetYear}`);
}

function scopeWords(context: SaksframleggContext, row: BaselineRow): string {
  return row.scope === 'central'
    ? say(context, 'i fagenheten', 'i fageininga')
    : say(context, 'ute i andre enheter', 'ute i andre einingar');
}

function areaTable(context: SaksframleggContext, area: Area): Block[] {
  const { municipality } = context;
  const rows = rowsOf(context, area);
  const own = rows.filter((r) => r.municipalityNumber === municipality.number);
  const line = (label: string, rs: BaselineRow[]) => [
    label,
    rs.length ? formatFte(sum(rs.map((r) => r.fte))) : MISSING,
    rs.length ? formatBudgetNok(sum(rs.map((r) => r.labourCost))) : MISSING,
    rs.every((r) => r.otherCosts.length === 0)
      ? say(context, 'ingen registrert', 'ingen registrerte')
      : formatBudgetNok(sum(rs.map(otherCosts))),
  ];
  const table: Block = {
    kind: 'table',
    municipal: true,
    caption: `${area.name}: ${say(context, 'bemanning og kostnader i dag', 'bemanning og kostnader i dag')} (${basisWords(context, rows)})`,
    header: [
      say(context, 'Kommune', 'Kommune'),
      say(context, 'Årsverk', 'Årsverk'),
      say(context, 'Lønn inkl. sosiale utgifter', 'Løn inkl. sosiale utgifter'),
      say(context, 'Andre driftskostnader', 'Andre driftskostnader'),
    ],
    rows: [
      ...own.map((r) =>
        line(
          area.setting.includeDecentral
            ? `${municipality.name}, ${scopeWords(context, r)}`
            : municipality.name,
          [r],
        ),
      ),
      line(say(context, 'Alle kommunene i samarbeidet', 'Alle kommunane i samarbeidet'), rows),
    ],
  };
  const notes: Inline[] = own.flatMap((row) => {
    const labour = figureNote(
      context,
      `baseline/${area.id}/${row.municipalityNumber}/${row.scope}/labourCost`,
    );
    const fte = provenanceWords(context, resolveProvenance(context.document, row.sources.fte));
    return [
      text(
        `${say(context, 'Kilder for', 'Kjelder for')} ${municipality.name} (${scopeWords(context, row)}): `,
      ),
      { text: say(context, 'årsverk', 'årsverk'), footnote: fte },
      text(', '),
      labour ? { text: say(context, 'lønn', 'løn'), footnote: labour } : text(say(context, 'lønn', 'løn')),
      text('. '),
    ];
  });
  return notes.length ? [table, { kind: 'paragraph', municipal: true, content: notes }] : [table];
}

export function factsSection(context: SaksframleggContext): Block[] {
  return [
    {
      kind: 'heading',
      level: 1,
      text: say(context, 'Faktiske opplysninger', 'Faktiske opplysningar'),
      id: 'fakta',
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Tabellene viser bemanning og kostnader i dag for hvert område. Et årsverk er én full stilling i ett år; to halve stillinger er ett årsverk. «${MISSING}» betyr at kildene ikke gir tallet. Beløpene er avrundet til hele tusen kroner.`,
            `Tabellane viser bemanning og kostnader i dag for kvart område. Eit årsverk er éi full stilling i eitt år; to halve stillingar er eitt årsverk. «${MISSING}» tyder at kjeldene ikkje gir talet. Beløpa er avrunda til heile tusen kroner.`,
          ),
        ),
      ],
    },
    ...context.areas.flatMap((area) => areaTable(context, area)),
  ];
}
