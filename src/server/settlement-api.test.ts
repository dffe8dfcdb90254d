/**
 * The annual settlement through the API: a 10 000-line ledger previewed, mapped and saved, its totals per
 * component and per municipality checked against sums this test computes itself; a file with errors refused
 * whole; a stale base; readers refused; the next year's import using the remembered mapping; hostile bodies.
 *
 * The default case's unit «administrative-tjenester» has three components (Lønn, regnskap og fakturering
 * 14 800 000 kr; Sentralbord 2 080 000 kr; Arkiv og postmottak 6 320 000 kr; 23 200 000 kr in all), each split
 * by population at 1 January 2025 (the newest the case has): Midtre Gauldal 6 141, Melhus 17 812,
 * Skaun 8 521, 32 474 together. No a-konto payment is recorded, so each member paid its budget share.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_COLUMNS, ledgerCsv, type FixtureLine } from '../case/ledger/ledger.fixture.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { placeholder } from '../case/schema/provenance.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let owner: TestClient;
let editor: TestClient;
let reader: TestClient;
const UNIT = 'administrative-tjenester';
const base = () => `/api/cases/${server.caseId}/operations`;
const CSV = { 'content-type': 'text/csv' };
const POPULATION = { '5027': 6_141, '5028': 17_812, '5029': 8_521 } as const;
const TOTAL_POPULATION = 32_474;
const COMPONENTS = ['lonn-regnskap-fakturering', 'sentralbord', 'arkiv-postmottak'] as const;
const BUDGET = [14_800_000, 2_080_000, 6_320_000];

async function latest(): Promise<{ revision: number; document: CaseDocument }> {
  const view = (await (await owner.request('GET', `/api/cases/${server.caseId}`)).json()) as {
    revision: { revision: number };
    document: CaseDocument;
  };
  return { revision: view.revision.revision, document: view.document };
}

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.signIn(server.emails.owner);
  editor = await server.signIn(server.emails.editor);
  reader = await server.signIn(server.emails.reader);
  // The owner decides (as a placeholder nobody has decided yet) that each member's result goes back to it,
  // and the unit gets a 2028 budget like 2027's, for the second year's import.
  const { revision, document } = await latest();
  const next = structuredClone(document);
  const unit = next.operations.units.find((u) => u.id === UNIT);
  const budget = next.operations.budgets.find((b) => b.unitId === UNIT && b.year === 2027);
  if (!unit || !budget) throw new Error('the default case changed');
  unit.surplusPolicy = { value: 'to-members', provenance: placeholder('Kommunestyrene') };
  next.operations.budgets.push({ ...structuredClone(budget), year: 2028 });
  const saved = await owner.request('POST', `/api/cases/${server.caseId}/revisions`, {
    baseRevision: revision,
    comment: 'Overskudd tilbake til medlemmene; budsjett 2028',
    document: next,
  });
  expect(saved.status).toBe(201);
}, 60_000);
afterAll(() => server.close());

/** 10 000 lines over 4 responsibilities; every 7th on project P1; about one in ten an income. */
function generated(year: number): FixtureLine[] {
  const responsibilities = ['1200', '1210', '1280', '1290'];
  return Array.from({ length: 10_000 }, (_, i) => ({
    account: String(10_100 + (i % 25) * 100),
    responsibility: responsibilities[i % 4] as string,
    function: i % 3 === 0 ? '1200' : '1201',
    ...(i % 7 === 0 ? { project: 'P1' } : {}),
    text: `Bilag ${i}`,
    period: `${year}-${String(1 + (i % 12)).padStart(2, '0')}`,
    ore: ((i * 7_919 + year) % 200_000_000) - 20_000_000,
  }));
}

/** Responsibility 1200 is payroll and accounts, 1210 the switchboard, the rest (12*) archive and post. */
const RULES = [
  { component: 'lonn-regnskap-fakturering', responsibility: '1200' },
  { component: 'sentralbord', responsibility: '1210' },
  { component: 'arkiv-postmottak', responsibility: '12*' },
];
const componentOf = (line: FixtureLine) =>
  line.responsibility === '1200' ? 0 : line.responsibility === '1210' ? 1 : 2;

/** Whole kroner from øre, halves away from zero, written out here rather than taken from the engine. */
const kroner = (ore: number) => Math.sign(ore) * Math.floor((Math.abs(ore) + 50) / 100);

const query = (year: number, extra: Record<string, string> = {}) =>
  new URLSearchParams({ unit: UNIT, year: String(year), ...extra }).toString();

interface Preview {
  headers: string[];
  mappingFrom: string | null;
  mapping: unknown;
  lines: number;
  errors: { row: number | null; column: string | null; text: string }[];
  actual: { componentId: string; amount: number }[];
  unmapped: { lines: number; amount: number; groupCount: number; groups: { responsibility: string }[] };
  settlement: { ok: boolean; message?: string };
}

interface Summary {
  ok: boolean;
  message?: string;
  rows: { municipality: string; shareOfActual: number; paid: number; fromFund: number; balance: number }[];
  totals: { shareOfActual: number };
  placeholders: { path: string; label: string }[];
  sources: { actual: { fileName: string; lines: number; fingerprint: string } };
}

describe('ledger import and settlement API', () => {
  it('a 10 000-line ledger previews, maps, saves and settles to the hand-computed figures', async () => {
    const lines = generated(2027);
    const bytes = ledgerCsv(lines);
    const before = await latest();
    const mapping = JSON.stringify({ ...FIXTURE_COLUMNS, delimiter: 'semicolon' });

    // Without rules no line has a component: every line is unmapped, grouped by its four dimensions.
    const first = await editor.request(
      'POST',
      `${base()}/ledger/preview?${query(2027, { mapping })}`,
      bytes,
      CSV,
    );
    expect(first.status).toBe(200);
    const preview = (await first.json()) as Preview;
    expect(preview.errors).toEqual([]);
    expect(preview.mappingFrom).toBe('given');
    expect(preview.headers).toEqual(['Konto', 'Ansvar', 'Funksjon', 'Prosjekt', 'Tekst', 'Periode', 'Beløp']);
    expect(preview.lines).toBe(10_000);
    const groups = new Set(
      lines.map((l) => `${l.account}|${l.responsibility}|${l.function}|${l.project ?? ''}`),
    );
    expect(preview.unmapped.lines).toBe(10_000);
    expect(preview.unmapped.groupCount).toBe(groups.size);
    expect(preview.unmapped.groups).toHaveLength(Math.min(100, groups.size));
    expect(preview.unmapped.amount).toBe(kroner(lines.reduce((sum, l) => sum + l.ore, 0)));
    expect(preview.actual.map((a) => a.amount)).toEqual([0, 0, 0]);
    expect(await latest()).toMatchObject({ revision: before.revision });

    // The test's own sums per component, in øre, by the rules written as plain conditions.
    const ore = [0, 0, 0];
    for (const line of lines) ore[componentOf(line)] = (ore[componentOf(line)] as number) + line.ore;
    const actual = ore.map(kroner);
    const rules = JSON.stringify(RULES);
    const fileName = 'hovedbok-2027.csv';
    const saved = await editor.request(
      'POST',
      `${base()}/ledger?${query(2027, { mapping, rules, fileName, baseRevision: String(before.revision) })}`,
      bytes,
      CSV,
    );
    expect(saved.status).toBe(201);
    const body = (await saved.json()) as { revision: { revision: number; comment: string } };
    expect(body.revision.revision).toBe(before.revision + 1);
    expect(body.revision.comment).toBe(
      'Årsoppgjør 2027 for Felles enhet for administrative tjenester fra fil hovedbok-2027.csv',
    );
    const after = await latest();
    const recorded = after.document.operations.settlements.find((s) => s.unitId === UNIT && s.year === 2027);
    expect(recorded?.actualPerComponent).toEqual(
      COMPONENTS.map((componentId, c) => ({ componentId, amount: actual[c] })),
    );
    expect(recorded?.unmapped).toEqual({ lines: 0, amount: 0 });
    expect(recorded?.ledger.lines).toBe(10_000);
    expect(after.document.operations.units.find((u) => u.id === UNIT)?.ledgerColumns).toEqual({
      ...FIXTURE_COLUMNS,
      delimiter: 'semicolon',
    });
    expect(after.document.operations.budgets.find((b) => b.year === 2027)?.ledgerRules).toEqual(RULES);

    const got = await reader.request('GET', `${base()}/settlement?${query(2027)}`);
    expect(got.status).toBe(200);
    const summary = (await got.json()) as Summary;
    expect(summary.ok).toBe(true);
    expect(summary.sources.actual).toMatchObject({ fileName, lines: 10_000 });
    expect(summary.sources.actual.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Each member's share of each component is actual × population / 32 474, rounded by largest remainder
    // (within 1 kr per component, so within 3 kr in all); it paid its budget share the same way.
    const totalActual = actual.reduce((a, b) => a + b, 0);
    expect(summary.totals.shareOfActual).toBe(totalActual);
    for (const row of summary.rows) {
      const share = POPULATION[row.municipality as keyof typeof POPULATION] / TOTAL_POPULATION;
      expect(Math.abs(row.shareOfActual - totalActual * share)).toBeLessThanOrEqual(3);
      expect(Math.abs(row.paid - 23_200_000 * share)).toBeLessThanOrEqual(3);
      // To the members: nothing through the fund, and the balance is share minus paid.
      expect(row.fromFund).toBe(0);
      expect(row.balance).toBe(row.shareOfActual - row.paid);
    }
    expect(summary.rows.reduce((sum, r) => sum + r.paid, 0)).toBe(BUDGET.reduce((a, b) => a + b, 0));
    // The surplus policy is a placeholder, and so is the population key: both named as the forms name them.
    const labels = summary.placeholders.map((p) => p.label);
    expect(labels.some((l) => /overskudd/i.test(l))).toBe(true);
    expect(labels.some((l) => /fordelingsnøkkel/i.test(l))).toBe(true);
    expect(labels.every((l) => !l.includes('operations.'))).toBe(true);
  }, 120_000);

  it('the next year uses the remembered mapping without one being sent; before its import, says what is missing', async () => {
    const missing = (await (
      await reader.request('GET', `${base()}/settlement?${query(2028)}`)
    ).json()) as Summary;
    expect(missing.ok).toBe(false);
    expect(missing.message).toBe('Regnskapet (hovedboken) for 2028 er ikke lest inn ennå.');
    const lines = generated(2028).slice(0, 500);
    const response = await editor.request(
      'POST',
      `${base()}/ledger/preview?${query(2028)}`,
      ledgerCsv(lines),
      CSV,
    );
    const preview = (await response.json()) as Preview;
    expect(preview.mappingFrom).toBe('remembered');
    expect(preview.mapping).toEqual({ ...FIXTURE_COLUMNS, delimiter: 'semicolon' });
    expect(preview.errors).toEqual([]);
    // 2028's budget has no rules of its own (2027's were added to 2027's), so every line is unmapped.
    expect(preview.unmapped.lines).toBe(500);
    expect(preview.settlement.ok).toBe(true);
  });

  it('a file laid out otherwise than the remembered mapping gets a fresh guess, said to be one', async () => {
    // Debit and credit columns and none of the remembered «Beløp», «Tekst», «Periode»: 1 500 − 250 = 1 250 kr.
    const body = new TextEncoder().encode(
      'Konto;Ansvar;Funksjon;Debet;Kredit\r\n10100;1300;1200;1500,00;\r\n10100;1300;1200;;250,00\r\n',
    );
    const response = await editor.request('POST', `${base()}/ledger/preview?${query(2028)}`, body, CSV);
    const preview = (await response.json()) as Preview;
    expect(preview.mappingFrom).toBe('guessed');
    expect((preview.mapping as { amount: unknown }).amount).toEqual({
      kind: 'debitCredit',
      debit: 'Debet',
      credit: 'Kredit',
    });
    expect(preview.errors).toEqual([]);
    expect(preview.unmapped).toMatchObject({ lines: 2, amount: 1_250 });
  });

  it('a file with 3 bad amounts and a missing account: 422 naming each row and column, nothing stored', async () => {
    const good = generated(2027).slice(0, 30);
    const text = new TextDecoder().decode(ledgerCsv(good)).split('\r\n');
    // Row numbers as the file has them: the header is row 1, line i is row i + 2.
    const setCell = (row: number, column: number, value: string) => {
      const cells = (text[row - 1] as string).split(';');
      cells[column] = value;
      text[row - 1] = cells.join(';');
    };
    setCell(5, 6, 'tolv');
    setCell(9, 6, '12,3,4');
    setCell(20, 6, '1 2x');
    setCell(14, 0, '');
    const bytes = new TextEncoder().encode(text.join('\r\n'));
    const before = await latest();
    const preview = (await (
      await editor.request('POST', `${base()}/ledger/preview?${query(2027)}`, bytes, CSV)
    ).json()) as Preview;
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [5, 'Beløp'],
      [9, 'Beløp'],
      [14, 'Konto'],
      [20, 'Beløp'],
    ]);
    const saved = await editor.request(
      'POST',
      `${base()}/ledger?${query(2027, { baseRevision: String(before.revision) })}`,
      bytes,
      CSV,
    );
    expect(saved.status).toBe(422);
    const issues = ((await saved.json()) as { error: { issues: { message: string }[] } }).error.issues;
    expect(issues.map((i) => i.message.slice(0, 18))).toEqual([
      'Rad 5, kolonne Bel',
      'Rad 9, kolonne Bel',
      'Rad 14, kolonne Ko',
      'Rad 20, kolonne Be',
    ]);
    expect(await latest()).toEqual(before);
  });

  it('a stale base is a conflict, a reader is refused, an unknown unit is not found, a bad year names it', async () => {
    const bytes = ledgerCsv(generated(2027).slice(0, 10));
    const { revision, document } = await latest();
    const stale = await editor.request(
      'POST',
      `${base()}/ledger?${query(2027, { baseRevision: String(revision - 1) })}`,
      bytes,
      CSV,
    );
    expect(stale.status).toBe(409);
    for (const path of ['ledger/preview', 'ledger']) {
      const refused = await reader.request('POST', `${base()}/${path}?${query(2027)}`, bytes, CSV);
      expect(refused.status).toBe(403);
    }
    const unknown = await reader.request('GET', `${base()}/settlement?unit=finnes-ikke&year=2027`);
    expect(unknown.status).toBe(404);
    const badYear = await reader.request('GET', `${base()}/settlement?unit=${UNIT}&year=tjuetjue`);
    expect(badYear.status).toBe(400);
    expect(JSON.stringify(await badYear.json())).toContain('year');
    const badRule = await editor.request(
      'POST',
      `${base()}/ledger/preview?${query(2027, { rules: JSON.stringify([{ component: 'finnes-ikke' }]) })}`,
      bytes,
      CSV,
    );
    expect(badRule.status).toBe(400);
    expect(JSON.stringify(await badRule.json())).toContain('rules[0].component');
    expect(await latest()).toEqual({ revision, document });
  });

  it('hostile bodies and parameters never give a 5xx and never save', async () => {
    const { revision } = await latest();
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }),
      fc.uint8Array({ maxLength: 500 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
      fc
        .string({ maxLength: 500 })
        .map((s) => new TextEncoder().encode(`Konto;Ansvar;Funksjon;Beløp\r\n${s}`)),
    );
    const mapping = fc.option(
      fc.oneof(
        fc.string({ maxLength: 50 }),
        fc.json({ maxDepth: 2 }),
        fc.constant(JSON.stringify(FIXTURE_COLUMNS)),
      ),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(body, mapping, fc.boolean(), async (bytes, map, save) => {
        const params = query(2027, {
          ...(map === undefined ? {} : { mapping: map }),
          ...(save ? { baseRevision: String(revision) } : {}),
        });
        const path = save ? `${base()}/ledger?${params}` : `${base()}/ledger/preview?${params}`;
        const response = await editor.request('POST', path, bytes, {
          'content-type': 'application/octet-stream',
        });
        expect(response.status).toBeLessThan(500);
        if (save) expect([201, 400, 422]).toContain(response.status);
      }),
      { numRuns: 40 },
    );
    // A random body that happens to be a valid ledger would be saved; none of these has the needed lines.
    expect((await latest()).revision).toBe(revision);
  }, 120_000);
});
