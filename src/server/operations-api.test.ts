/**
 * The operations API on the default case: the unit index, the 2027 budget of the joint unit for
 * administrative services split by population at 1 January 2025 (the latest figure before 1 January 2027),
 * the placeholders named in words, the a-konto calendar's absence and, once saved, its invoice lines, and
 * what if Skaun leaves or joins. The figures are worked out by hand below, independently of the engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AKontoView } from '../case/operations/a-konto-view.ts';
import type { LabelledBudgetView, LabelledViewError } from '../case/operations/labelled-budget.ts';
import type { WhatIfView } from '../case/operations/membership-what-if.ts';
import type { OperationsIndex } from '../case/operations/operations-index.ts';
import { startTestServer, type TestServer } from './test-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const UNIT = 'administrative-tjenester';

async function get(path: string, role: 'reader' | 'editor' = 'reader') {
  const client = await server.signIn(server.emails[role]);
  return client.request('GET', `/api/cases/${server.caseId}/operations${path}`);
}

async function json<T>(path: string): Promise<T> {
  const response = await get(path);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The part of the document these tests change. */
interface OperationsPart {
  operations: {
    units: { members: { municipality: string }[] }[];
    budgets: { aKontoPeriods: { id: string; dueDate: string }[]; components: { participants: string[] }[] }[];
  };
}

/** Saves the newest document changed by `change` as a new revision, as the forms do. */
async function saveChanged(change: (document: OperationsPart) => void): Promise<number> {
  const editor = await server.signIn(server.emails.editor);
  const view = (await (await editor.request('GET', `/api/cases/${server.caseId}`)).json()) as {
    revision: { revision: number };
    document: OperationsPart;
  };
  change(view.document);
  const save = await editor.request('POST', `/api/cases/${server.caseId}/revisions`, {
    baseRevision: view.revision.revision,
    comment: 'Drift: test',
    document: view.document,
  });
  expect(save.status).toBe(201);
  return ((await save.json()) as { revision: { revision: number } }).revision.revision;
}

// Population 1 January 2025: Midtre Gauldal 6 141, Melhus 17 812, Skaun 8 521; together 32 474.
// Each component is split by population and rounded to whole kroner by largest remainder:
//   Lønn, regnskap og fakturering 14 800 000:
//     14 800 000 · 6 141 / 32 474 = 2 798 755.93 · 17 812 / 32 474 → 8 117 805.01 · 8 521 / 32 474 → 3 883 439.06
//     floors sum to 14 799 999; the largest remainder (0.93) gives Midtre Gauldal the last krone.
//   Sentralbord 2 080 000: 393 338.67 / 1 140 880.70 / 545 780.62; 2 kroner left → Melhus (0.70), Midtre Gauldal (0.67).
//   Arkiv og postmottak 6 320 000: 1 195 144.42 / 3 466 522.14 / 1 658 333.44; 1 krone left → Skaun (0.44).
// Totals: Midtre Gauldal 2 798 756 + 393 339 + 1 195 144 = 4 387 239
//         Melhus 8 117 805 + 1 140 881 + 3 466 522 = 12 725 208
//         Skaun 3 883 439 + 545 780 + 1 658 334 = 6 087 553;   sum 23 200 000.
const TOTALS_2027 = [4_387_239, 12_725_208, 6_087_553];

describe('GET /api/cases/:caseId/operations', () => {
  it('lists the unit with no host, the statutory 12 months of notice and the unsettled 2027 budget', async () => {
    const index = await json<OperationsIndex>('?lang=nn');
    expect(index.units).toHaveLength(1);
    const unit = index.units[0];
    expect(unit?.name).toBe('Felles eining for administrative tenester');
    expect(unit?.host).toBeNull();
    expect(unit?.members.map((m) => [m.municipality, m.name])).toEqual([
      ['5027', 'Midtre Gauldal'],
      ['5028', 'Melhus'],
      ['5029', 'Skaun'],
    ]);
    expect(unit?.notice).toEqual({ months: 12, provenance: 'statutory' });
    expect(unit?.surplusPolicy).toBeNull();
    expect(unit?.budgets).toEqual([{ year: 2027, components: 3, settled: false }]);
  });
});

describe('GET /api/cases/:caseId/operations/budget', () => {
  it('splits 23 200 000 kr by population at 1 January 2025, and says that earlier date was used', async () => {
    const view = await json<LabelledBudgetView>(`/budget?unit=${UNIT}&year=2027`);
    expect(view.total).toBe(23_200_000);
    expect(view.totals).toEqual(TOTALS_2027);
    expect(view.components.map((c) => c.amounts)).toEqual([
      [2_798_756, 8_117_805, 3_883_439],
      [393_339, 1_140_881, 545_780],
      [1_195_144, 3_466_522, 1_658_334],
    ]);
    expect(view.population.map((p) => [p.name, p.wanted, p.used, p.value, p.earlier])).toEqual([
      ['Midtre Gauldal', '2027-01-01', '2025-01-01', 6141, true],
      ['Melhus', '2027-01-01', '2025-01-01', 17812, true],
      ['Skaun', '2027-01-01', '2025-01-01', 8521, true],
    ]);
  });

  it('names each placeholder key as the form labels it, never by its path', async () => {
    const view = await json<LabelledBudgetView>(`/budget?unit=${UNIT}&year=2027`);
    expect(view.hasPlaceholders).toBe(true);
    expect(view.placeholders).toHaveLength(3);
    for (const p of view.placeholders) {
      expect(p.label).toMatch(/fordelingsnøkkel/i);
      expect(p.label).not.toMatch(/operations|\[/);
      expect(p.toBeSetBy).toBe('Kommunestyrene');
    }
  });

  it('answers 404 for a unit or year the case does not have, and 400 naming a bad year', async () => {
    expect((await get(`/budget?unit=ingen&year=2027`)).status).toBe(404);
    expect((await get(`/budget?unit=${UNIT}&year=2031`)).status).toBe(404);
    const bad = await get(`/budget?unit=${UNIT}&year=tjuesju`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('year');
    const missing = await get(`/budget?year=2027`);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('unit');
  });
});

describe('what if a member leaves or joins', () => {
  it('gives notice on 1 March 2027 an exit on 1 March 2028, after the year: 2027 splits as before', async () => {
    const view = await json<WhatIfView>(`/budget?unit=${UNIT}&year=2027&leave=5029&noticeGiven=2027-03-01`);
    expect(view.exitDate).toBe('2028-03-01');
    expect([view.noticeMonths, view.noticeFrom]).toEqual([12, 'statutory']);
    expect(view.changesThisYear).toBe(false);
    expect(view.members.map((m) => m.amountAfter)).toEqual(TOTALS_2027);
    expect(view.members.map((m) => m.months)).toEqual([12, 12, 12]);
  });

  it('lets Skaun, with notice on 1 March 2026, pay January and February 2027 and the others the rest', async () => {
    // Exit 1 March 2027: Skaun is a member on 1 January and 1 February, not on 1 March: 2 months of 12.
    // Each component is split 2 : 10 by months (largest remainder), the first part among all three by
    // population, the rest between Midtre Gauldal and Melhus (6 141 + 17 812 = 23 953):
    //   14 800 000 → 2 466 666.67 / 12 333 333.33 → 2 466 667 / 12 333 333
    //     2 466 667 · 6 141 / 32 474 = 466 458.9 → 466 459; · 17 812 / 32 474 → 1 352 968; · 8 521 / 32 474 → 647 240
    //     12 333 333 · 6 141 / 23 953 = 3 161 984.0 → 3 161 984; · 17 812 / 23 953 → 9 171 349
    //   2 080 000 → 346 667 / 1 733 333: 65 556 / 190 147 / 90 964 and 444 387 / 1 288 946
    //   6 320 000 → 1 053 333 / 5 266 667: 199 191 / 577 753 / 276 389 and 1 350 253 / 3 916 414
    // Midtre Gauldal 466 459 + 3 161 984 + 65 556 + 444 387 + 199 191 + 1 350 253 = 5 687 830
    // Melhus 1 352 968 + 9 171 349 + 190 147 + 1 288 946 + 577 753 + 3 916 414 = 16 497 577
    // Skaun 647 240 + 90 964 + 276 389 = 1 014 593;  sum 23 200 000.
    const view = await json<WhatIfView>(`/budget?unit=${UNIT}&year=2027&leave=5029&noticeGiven=2026-03-01`);
    expect(view.exitDate).toBe('2027-03-01');
    expect(view.changesThisYear).toBe(true);
    expect(view.members.map((m) => [m.municipality, m.months, m.amountBefore, m.amountAfter])).toEqual([
      ['5027', 12, 4_387_239, 5_687_830],
      ['5028', 12, 12_725_208, 16_497_577],
      ['5029', 2, 6_087_553, 1_014_593],
    ]);
    expect(view.members[2]?.shareAfter).toBeCloseTo(1_014_593 / 23_200_000, 12);
    expect(view.after.total).toBe(23_200_000);
  });

  it('refuses a what-if that is half given, or a leaver that is not a member, naming the field', async () => {
    const half = await get(`/budget?unit=${UNIT}&year=2027&leave=5029`);
    expect(half.status).toBe(400);
    expect(await half.text()).toContain('noticeGiven');
    const badDate = await get(`/budget?unit=${UNIT}&year=2027&leave=5029&noticeGiven=2027-02-30`);
    expect(badDate.status).toBe(400);
    expect(await badDate.text()).toContain('noticeGiven');
    const outsider = await get(`/budget?unit=${UNIT}&year=2027&leave=5001&noticeGiven=2027-01-01`);
    expect(outsider.status).toBe(400);
    expect(await outsider.text()).toContain('5001');
    const already = await get(`/budget?unit=${UNIT}&year=2027&join=5028&joins=2027-08-01`);
    expect(already.status).toBe(400);
    expect(await already.text()).toContain('join');
  });
});

describe('GET /api/cases/:caseId/operations/a-konto', () => {
  it('names the missing calendar in words while none is set', async () => {
    const view = await json<LabelledViewError>(`/a-konto?unit=${UNIT}&year=2027`);
    expect(view.ok).toBe(false);
    expect(view.code).toBe('no_periods');
    expect(view.label).toMatch(/A-konto-termin/);
    expect(view.message).toMatch(/ikke satt/);
  });

  it('invoices each quarter once the calendar is saved, the lines summing to the budget', async () => {
    const revision = await saveChanged((document) => {
      const budget = document.operations.budgets[0];
      if (budget)
        budget.aKontoPeriods = [
          { id: '2027-K1', dueDate: '2027-01-20' },
          { id: '2027-K2', dueDate: '2027-04-20' },
          { id: '2027-K3', dueDate: '2027-07-20' },
          { id: '2027-K4', dueDate: '2027-10-20' },
        ];
    });
    const view = await json<AKontoView>(`/a-konto?unit=${UNIT}&year=2027&revision=${revision}`);
    // Midtre Gauldal 4 387 239 / 4 = 1 096 809.75: 1 096 809 each quarter, 3 kroner left to Q1–Q3 (pointer 0 → 3).
    // Melhus 12 725 208 / 4 = 3 181 302 exactly. Skaun 6 087 553 / 4 = 1 521 888.25: 1 krone left, to Q4 (pointer 3).
    expect(view.lines.filter((l) => l.municipality === '5027').map((l) => l.amount)).toEqual([
      1_096_810, 1_096_810, 1_096_810, 1_096_809,
    ]);
    expect(view.lines.filter((l) => l.municipality === '5029').map((l) => l.amount)).toEqual([
      1_521_888, 1_521_888, 1_521_888, 1_521_889,
    ]);
    // 23 200 000 / 4 = 5 800 000 each quarter.
    expect(view.periodTotals).toEqual([5_800_000, 5_800_000, 5_800_000, 5_800_000]);
    expect(view.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(23_200_000);

    // The same lines as a CSV the host can post: the amounts (last column) sum to the budget.
    const reader = await server.signIn(server.emails.reader);
    const base = `/api/cases/${server.caseId}/export?table=a-konto&format=csv&unit=${UNIT}&year=2027`;
    const csv = await reader.request('GET', `${base}&revision=${revision}`);
    expect(csv.status).toBe(200);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Kommunenummer;Kommune;Forfallsdato;Termin;Tekst;Beløp (kr)');
    expect(lines[1]).toBe(
      '5027;Midtre Gauldal;2027-01-20;1. kvartal 2027;A-konto 1. kvartal 2027 – Felles enhet for administrative tjenester;1096810',
    );
    const amounts = lines.slice(1).map((line) => Number(line.split(';').at(-1)));
    expect(amounts).toHaveLength(12);
    expect(amounts.reduce((sum, a) => sum + a, 0)).toBe(23_200_000);
    const xlsx = await reader.request('GET', `${base.replace('csv', 'xlsx')}&revision=${revision}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
  });

  it('refuses the a-konto export without a calendar, and a bad or unknown unit or year', async () => {
    const reader = await server.signIn(server.emails.reader);
    const base = `/api/cases/${server.caseId}/export?table=a-konto&format=csv`;
    const none = await reader.request('GET', `${base}&unit=${UNIT}&year=2027&revision=1`);
    expect(none.status).toBe(400);
    expect(await none.text()).toMatch(/A-konto-terminene er ikke satt/);
    const badYear = await reader.request('GET', `${base}&unit=${UNIT}&year=1999`);
    expect(badYear.status).toBe(400);
    expect(await badYear.text()).toContain('year');
    expect((await reader.request('GET', `${base}&unit=ingen&year=2027`)).status).toBe(404);
    const budget = await reader.request(
      'GET',
      `/api/cases/${server.caseId}/export?table=operations-budget&format=csv&unit=${UNIT}&year=2027&revision=1`,
    );
    expect(budget.status).toBe(200);
    expect(await budget.text()).toContain(
      'Sentralbord;Obligatorisk drift;2080000;Folketall;5028;Melhus;54,9;1140881',
    );
  });

  it('lets a participant join on 1 August and pay from August, the key recomputed for five months', async () => {
    // Skaun is taken out of the unit and its components, then joins on 1 August 2027: 5 months of 12.
    // Each component splits 7 : 5 by months: the first part between Midtre Gauldal and Melhus (23 953), the
    // second among all three (32 474):
    //   14 800 000 → 8 633 333.33 / 6 166 666.67 → 8 633 333 / 6 166 667
    //     8 633 333 · 6 141 / 23 953 = 2 213 388.6 → 2 213 389; Melhus 6 419 944
    //     6 166 667 · 6 141 / 32 474 = 1 166 148.4 → 1 166 148; Melhus 3 382 419; Skaun 1 618 100
    //   2 080 000 → 1 213 333 / 866 667: 311 071 / 902 262 and 163 891 / 475 367 / 227 409
    //   6 320 000 → 3 686 667 / 2 633 333: 945 177 / 2 741 490 and 497 977 / 1 444 384 / 690 972
    // Skaun 1 618 100 + 227 409 + 690 972 = 2 536 481; Midtre Gauldal 5 297 653; Melhus 15 365 866.
    const revision = await saveChanged((document) => {
      const [unit, budget] = [document.operations.units[0], document.operations.budgets[0]];
      if (unit) unit.members = unit.members.filter((m) => m.municipality !== '5029');
      for (const c of budget?.components ?? []) c.participants = ['5027', '5028'];
    });
    const view = await json<WhatIfView>(
      `/budget?unit=${UNIT}&year=2027&join=5029&joins=2027-08-01&revision=${revision}`,
    );
    expect(view.members.map((m) => [m.municipality, m.months, m.amountAfter])).toEqual([
      ['5027', 12, 5_297_653],
      ['5028', 12, 15_365_866],
      ['5029', 5, 2_536_481],
    ]);
    expect(view.exitDate).toBeNull();
  });
});
