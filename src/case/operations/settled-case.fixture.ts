/**
 * The default case after its first year, for the tests of the settlement statement and the settlement pages:
 * the default case's 2027 budget with, as PLACEHOLDERS (no source or decision gives any of it), a host
 * (Melhus), the surplus policy «to the fund», an opening fund of 100 000 kr, ledger rules by function, and a
 * recorded settlement of a hand-made ledger file (`SETTLED_LEDGER_LINES`) whose totals are chosen so that the
 * year ends 250 000 kr over budget: the fund covers 100 000 kr and the members are invoiced the rest.
 * @module
 */
import { ADMIN_UNIT } from '../default-case/operations.ts';
import { defaultCase } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import { MELHUS } from '../default-case/participants.ts';
import { ledgerCsv, type FixtureLine } from '../ledger/ledger.fixture.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { placeholder } from '../schema/provenance.ts';

const NOTE = 'Testdata: oppdiktet for testene av årsoppgjøret, ikke fra noen kilde eller noe vedtak.';
const BY = 'Kommunestyrene';

export const SETTLED_YEAR = 2027;

/** The ledger file's lines (øre): two per component by function, and three lines under a function no rule takes. */
export const SETTLED_LEDGER_LINES: readonly FixtureLine[] = [
  { account: '10100', responsibility: '2100', function: '1200', text: 'Lønn', ore: 1_200_000_000 },
  {
    account: '10900',
    responsibility: '2100',
    function: '1200',
    text: 'Arbeidsgiveravgift',
    ore: 310_000_000,
  },
  { account: '10100', responsibility: '2100', function: '1801', text: 'Lønn sentralbord', ore: 180_000_000 },
  { account: '11000', responsibility: '2100', function: '1801', text: 'Telefoni', ore: 15_000_000 },
  { account: '10100', responsibility: '2100', function: '1202', text: 'Lønn arkiv', ore: 600_000_000 },
  { account: '12000', responsibility: '2100', function: '1202', text: 'Arkivsystem', ore: 40_000_000 },
  { account: '11500', responsibility: '2100', function: '1300', text: 'Kurs', ore: 500_000 },
  { account: '11500', responsibility: '2100', function: '1300', text: 'Reise', ore: 450_000 },
  { account: '11500', responsibility: '2100', function: '1300', text: 'Bevertning', ore: 300_000 },
];

/** The ledger file as the host exports it (`ledgerCsv`), whose SHA-256 the recorded settlement carries. */
export function settledLedgerCsv(): Uint8Array {
  return ledgerCsv(SETTLED_LEDGER_LINES);
}

export const SETTLED_LEDGER_FILE = 'hovedbok-2027-felles-administrasjon.csv';

/**
 * SHA-256 of `settledLedgerCsv()`, hex. Written out because this layer has no hashing (it runs in the browser);
 * settlement-statement.test.ts checks it against the file's bytes.
 */
export const SETTLED_LEDGER_SHA256 = 'c0cd7b42fb66e7c229376702646152c466d3dbb50f584aa54ec347b9e6ba8d9b';

/**
 * The default case with the 2027 settlement recorded: actual 15 100 000 kr (lønn, regnskap og fakturering),
 * 1 950 000 kr (sentralbord) and 6 400 000 kr (arkiv og postmottak) = 23 450 000 kr against the budget's
 * 23 200 000 kr; 3 lines of 12 500 kr in all take no rule. `base` (default the default case) must have the
 * default case's unit and 2027 budget, such as a test server's case.
 */
export function settledCase(base: CaseDocument = defaultCase()): CaseDocument {
  // Built on the plain case and parsed back, so the fixture passes the same validation as a saved revision.
  const document = structuredClone(base) as unknown as {
    operations: {
      units: Record<string, unknown>[];
      budgets: Record<string, unknown>[];
      settlements: unknown[];
    };
  };
  const unit = document.operations.units.find((u) => u['id'] === ADMIN_UNIT);
  const budget = document.operations.budgets.find(
    (b) => b['unitId'] === ADMIN_UNIT && b['year'] === SETTLED_YEAR,
  );
  if (unit === undefined || budget === undefined) throw new Error('the default case has the 2027 budget');
  unit['hostMunicipality'] = { value: MELHUS, provenance: placeholder(BY, NOTE) };
  unit['surplusPolicy'] = { value: 'to-fund', provenance: placeholder(BY, NOTE) };
  unit['fundOpening'] = { amount: 100_000, year: SETTLED_YEAR, provenance: placeholder(BY, NOTE) };
  budget['ledgerRules'] = [
    { component: 'lonn-regnskap-fakturering', function: '1200' },
    { component: 'sentralbord', function: '1801' },
    { component: 'arkiv-postmottak', function: '1202', account: '1*' },
  ];
  document.operations.settlements = [
    {
      unitId: ADMIN_UNIT,
      year: SETTLED_YEAR,
      ledger: {
        fingerprint: SETTLED_LEDGER_SHA256,
        fileName: SETTLED_LEDGER_FILE,
        lines: SETTLED_LEDGER_LINES.length,
      },
      actualPerComponent: [
        { componentId: 'lonn-regnskap-fakturering', amount: 15_100_000 },
        { componentId: 'sentralbord', amount: 1_950_000 },
        { componentId: 'arkiv-postmottak', amount: 6_400_000 },
      ],
      unmapped: { lines: 3, amount: 12_500 },
      recordedOn: '2028-02-15',
    },
  ];
  const parsed = parseCase(document);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

/**
 * The default case with two benefit plans given PLACEHOLDER baselines, targets and measurements (test data):
 * the second plan (årsverk, lønn/regnskap) from 20 on 1 January 2025 to 16 by 1 January 2029, tolerance 0.2,
 * measured 18.5 (1 January 2027), 17.5 (31 December 2027) and 15 (30 June 2028); the fourth (årsverk,
 * sentralbord) from 10 to 8 by 30 June 2027, measured 7.9 on 1 May 2027.
 */
export function measuredCase(base: CaseDocument = defaultCase()): CaseDocument {
  const document = structuredClone(base) as unknown as {
    operations: { benefitPlans: Record<string, unknown>[] };
  };
  const provenance = placeholder(BY, NOTE);
  const [, second, , fourth] = document.operations.benefitPlans;
  if (second === undefined || fourth === undefined) throw new Error('the default case has six benefit plans');
  Object.assign(second, {
    baseline: { date: '2025-01-01', value: 20, provenance },
    target: { value: 16, date: '2029-01-01', provenance },
    tolerance: { value: 0.2, provenance },
    measurements: [
      { date: '2027-01-01', value: 18.5, provenance },
      { date: '2027-12-31', value: 17.5, provenance },
      { date: '2028-06-30', value: 15, provenance },
    ],
  });
  Object.assign(fourth, {
    baseline: { date: '2025-01-01', value: 10, provenance },
    target: { value: 8, date: '2027-06-30', provenance },
    measurements: [{ date: '2027-05-01', value: 7.9, provenance }],
  });
  const parsed = parseCase(document);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}
