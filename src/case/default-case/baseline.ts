/**
 * Today's staffing and labour costs, from the three tables in the saksframlegg («Kort beskrivelse av dagens
 * bemanning og ressursbruk»), budget 2025, and Melhus' decentral figures from the text under the first
 * table, which are «per dato», not budget. Headcount is not given anywhere and stays empty.
 * @module
 */
import type { z } from 'zod';
import type { AgeInfo, BaselineRow, DocumentedTotal } from '../schema/baseline.ts';
import { MELHUS, MIDTRE_GAULDAL, SKAUN } from './participants.ts';
import { AREA } from './service-areas.ts';
import { SRC } from './sources.ts';

type Row = z.input<typeof BaselineRow>;

const TABLE = {
  finance: 'Tabell: dagens bemanning og ressursbruk – lønn, regnskap og fakturering',
  switchboard: 'Tabell: sentralbordtjeneste (beregnet ut fra åpningstid)',
  archive: 'Tabell: bemanning og ressurser – arkiv og postmottak',
} as const;

const MELHUS_TEXT =
  'Kort beskrivelse av dagens bemanning og ressursbruk – lønn, regnskap og fakturering, teksten under tabellen';

function row(
  areaId: string,
  municipalityNumber: string,
  fte: number,
  labourCost: number,
  ages: AgeInfo,
  locator: string,
): Row {
  // Each source also records the value the table states, so a figure later changed without a new source shows
  // that it differs from the document. They are the seed's figures, so none differs here.
  const source = (statedValue: number | AgeInfo) => ({ document: SRC.caseReport, locator, statedValue });
  return {
    areaId,
    municipalityNumber,
    scope: 'central',
    budgetYear: 2025,
    fte,
    headcount: null,
    labourCost,
    ages,
    otherCosts: [],
    sources: { fte: source(fte), labourCost: source(labourCost), ages: source(ages) },
  };
}

const range = (min: number, max: number): AgeInfo => ({ kind: 'range', min, max });
const single = (value: number): AgeInfo => ({ kind: 'single', value });

export const baseline: Row[] = [
  row(AREA.finance, MIDTRE_GAULDAL, 6.2, 5_500_000, range(30, 60), TABLE.finance),
  row(AREA.finance, MELHUS, 6.4, 5_200_000, range(47, 66), TABLE.finance),
  row(AREA.finance, SKAUN, 5.0, 4_100_000, range(59, 66), TABLE.finance),
  {
    areaId: AREA.finance,
    municipalityNumber: MELHUS,
    scope: 'decentral',
    // Not a budget figure: the seed says the work «i dag utgjør 6,44 årsverk» and costs «per dato 4 200 000 kr»,
    // as of the saksframlegg's own date. 2025 is only the year Flokk uses the row with the budget-2025 tables.
    budgetYear: 2025,
    figureBasis: 'asOfDocument',
    fte: 6.44,
    headcount: null,
    labourCost: 4_200_000,
    ages: null,
    otherCosts: [],
    notes:
      'Merkantile tjenester ved enhetene; en stor del av tiden går til å administrere variabel lønn. Tallene gjelder «i dag» / «per dato», ikke budsjett 2025.',
    sources: {
      fte: {
        document: SRC.caseReport,
        locator: `${MELHUS_TEXT}: «merkantile tjenester ved enhetene i dag utgjør 6,44 årsverk»`,
        statedValue: 6.44,
      },
      labourCost: {
        document: SRC.caseReport,
        locator: `${MELHUS_TEXT}: «Lønn og sosiale utgifter … utgjør per dato 4 200 000 kr»`,
        statedValue: 4_200_000,
      },
    },
  },
  row(AREA.switchboard, MIDTRE_GAULDAL, 0.8, 640_000, single(51), TABLE.switchboard),
  row(AREA.switchboard, MELHUS, 1, 800_000, single(30), TABLE.switchboard),
  row(AREA.switchboard, SKAUN, 0.8, 640_000, single(40), TABLE.switchboard),
  row(AREA.archive, MIDTRE_GAULDAL, 1.7, 1_360_000, range(32, 65), TABLE.archive),
  row(AREA.archive, MELHUS, 3.7, 2_960_000, range(25, 61), TABLE.archive),
  row(AREA.archive, SKAUN, 2.5, 2_000_000, range(27, 47), TABLE.archive),
];

/**
 * The tables' TOTALT rows as printed. The archive table's 6 420 000 kr does not equal its rows
 * (1 360 000 + 2 960 000 + 2 000 000 = 6 320 000); Flokk keeps both and reports the difference.
 */
export const documentedTotals: z.input<typeof DocumentedTotal>[] = [
  {
    areaId: AREA.finance,
    fte: 17.6,
    labourCost: 14_800_000,
    source: { document: SRC.caseReport, locator: `${TABLE.finance}, TOTALT` },
  },
  {
    areaId: AREA.switchboard,
    fte: 2.6,
    labourCost: 2_080_000,
    source: { document: SRC.caseReport, locator: `${TABLE.switchboard}, TOTALT` },
  },
  {
    areaId: AREA.archive,
    fte: 7.9,
    labourCost: 6_420_000,
    source: { document: SRC.caseReport, locator: `${TABLE.archive}, TOTALT` },
  },
];
