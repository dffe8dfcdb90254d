/**
 * Melhus' settlement statement for 2027 from `settledCase`, its figures against a hand calculation written out
 * here, and the fixture's recorded settlement against its own ledger file (fingerprint and totals).
 *
 * Hand calculation. The key is population; the case has it at 1 January 2025 only (Midtre Gauldal 6 141, Melhus
 * 17 812, Skaun 8 521; sum 32 474), so that figure is used. Each amount is split by largest remainder.
 *   Budget (what was paid on account: the budget has no a-konto periods):
 *     Lønn 14 800 000:      2 798 755.93 | 8 117 805.01 | 3 883 439.06 → 2 798 756 | 8 117 805 | 3 883 439
 *     Sentralbord 2 080 000:  393 338.67 | 1 140 880.70 |   545 780.62 →   393 339 | 1 140 881 |   545 780
 *     Arkiv 6 320 000:      1 195 144.42 | 3 466 522.14 | 1 658 333.44 → 1 195 144 | 3 466 522 | 1 658 334
 *     Paid: Midtre Gauldal 4 387 239, Melhus 12 725 208, Skaun 6 087 553 (sum 23 200 000).
 *   Actual (15 100 000 + 1 950 000 + 6 400 000 = 23 450 000):
 *     Lønn:        2 855 487.47 | 8 282 355.11 | 3 962 157.42 → 2 855 488 | 8 282 355 | 3 962 157
 *     Sentralbord:   368 755.00 | 1 069 575.66 |   511 669.34 →   368 755 | 1 069 576 |   511 669
 *     Arkiv:       1 210 272.83 | 3 510 402.17 | 1 679 325.00 → 1 210 273 | 3 510 402 | 1 679 325
 *     Share of actual: 4 434 516 | 12 862 333 | 6 153 151.
 *   Result before the fund: 47 277 | 137 125 | 65 598 (a deficit of 250 000 in all).
 *   Policy to the fund, opening 100 000: the fund covers min(250 000, 100 000) = 100 000, split by the deficits:
 *     18 910.8 | 54 850 | 26 239.2 → 18 911 | 54 850 | 26 239; closing balance 0.
 *   Balance: 28 366 | 82 275 | 39 359 (sum 150 000). Melhus pays 82 275 kr.
 *   Melhus' key share: 17 812 / 32 474 = 54.85003 % → 54,850 %.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readLedgerCsv } from '../ledger/read-ledger.ts';
import { FIXTURE_COLUMNS } from '../ledger/ledger.fixture.ts';
import { actualFromLedger } from '../operations/ledger-rules.ts';
import { SETTLED_LEDGER_SHA256, settledCase, settledLedgerCsv } from '../operations/settled-case.fixture.ts';
import type { Block, FlokkDocument } from './document-model.ts';
import { buildSettlementStatement } from './settlement-statement.ts';

const UNIT = 'administrative-tjenester';
const build = (language: 'nb' | 'nn' = 'nb', document = settledCase()) =>
  buildSettlementStatement(document, { municipality: '5028', unitId: UNIT, year: 2027, language });

/** The text with every space (the number format's narrow no-break spaces too) as one plain space. */
const plain = (text: string) => text.replace(/\s+/gu, ' ');
const paragraphs = (document: FlokkDocument) =>
  document.blocks
    .filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph')
    .map((b) => plain(b.content.map((i) => i.text).join('')));
const table = (document: FlokkDocument, caption: RegExp) => {
  const found = document.blocks.find(
    (b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && caption.test(b.caption),
  );
  if (!found) throw new Error(`no table ${caption.source}`);
  return { header: found.header.map(plain), rows: found.rows.map((r) => r.map(plain)) };
};

describe('the settled case fixture', () => {
  it('records the fingerprint and totals of its own ledger file, read and mapped by the case’s rules', () => {
    const bytes = settledLedgerCsv();
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SETTLED_LEDGER_SHA256);
    const read = readLedgerCsv(bytes, FIXTURE_COLUMNS, 'nb');
    if (!read.ok) throw new Error(read.issues[0]?.text);
    const document = settledCase();
    const actual = actualFromLedger(document, UNIT, 2027, read.lines);
    if (!actual.ok) throw new Error(actual.code);
    const recorded = document.operations.settlements[0];
    // 12 000 000 + 3 100 000; 1 800 000 + 150 000; 6 000 000 + 400 000; unmapped 5 000 + 4 500 + 3 000.
    expect(actual.perComponent).toEqual([15_100_000, 1_950_000, 6_400_000]);
    expect(recorded?.actualPerComponent.map((a) => a.amount)).toEqual(actual.perComponent);
    expect(recorded?.unmapped).toEqual({ lines: actual.unmapped.lines, amount: actual.unmapped.amount });
    expect(recorded?.unmapped).toEqual({ lines: 3, amount: 12_500 });
    expect(recorded?.ledger.lines).toBe(read.lines.length);
  });
});

describe('Melhus’ settlement statement for 2027', () => {
  it('answers first: Melhus pays 82 275 kr, its share of actual less what it paid, and what the fund covered', () => {
    const document = build();
    expect(document.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(document.title).toBe('Årsoppgjør 2027 for Melhus – Felles enhet for administrative tjenester');
    const [answer, why] = paragraphs(document);
    expect(answer).toBe('Melhus skal betale 82 275 kr for 2027.');
    expect(why).toContain('var 12 862 333 kr, og kommunen betalte 12 725 208 kr a-konto');
    expect(why).toContain('Fondet dekket 54 850 kr av underskuddet.');
    // Host, policy and fund are the fixture's placeholders, and the key the default case's: six in all.
    expect(paragraphs(document)[2]).toContain('bygger på 6 forutsetninger som ennå ikke er fastsatt');
  });

  it('gives per component the budget, the actual cost, the key with Melhus’ share and its share in kroner', () => {
    const { header, rows } = table(build(), /^Budsjett, regnskap og Melhus' andel/);
    expect(header).toEqual([
      'Budsjettdel',
      'Budsjett',
      'Regnskap',
      'Fordelingsnøkkel',
      "Melhus' andel",
      "Melhus' andel i kroner",
    ]);
    const key = 'Folketall (plassholder – ikke fastsatt)';
    expect(rows).toEqual([
      ['Lønn, regnskap og fakturering', '14 800 000 kr', '15 100 000 kr', key, '54,850 %', '8 282 355 kr'],
      ['Sentralbord', '2 080 000 kr', '1 950 000 kr', key, '54,850 %', '1 069 576 kr'],
      ['Arkiv og postmottak', '6 320 000 kr', '6 400 000 kr', key, '54,850 %', '3 510 402 kr'],
      ['Sum', '23 200 000 kr', '23 450 000 kr', '', '', '12 862 333 kr'],
    ]);
  });

  it('says the payments on account were taken from the budget, as the budget has no periods', () => {
    expect(paragraphs(build())).toContain(
      'Budsjettet har ingen a-konto-terminer. Det Melhus betalte a-konto er derfor satt lik kommunens andel av budsjettet for 2027, 12 725 208 kr. Tallet er hentet fra budsjettet, ikke fra innbetalingene.',
    );
  });

  it('lists the a-konto periods when the budget has them, summing to Melhus’ budget share', () => {
    const document = settledCase();
    const budget = document.operations.budgets[0];
    if (!budget) throw new Error('no budget');
    budget.aKontoPeriods = [
      { id: '2027-1', dueDate: '2027-01-20' },
      { id: '2027-2', dueDate: '2027-07-20' },
    ];
    const { rows } = table(build('nb', document), /^A-konto 2027 for Melhus/);
    // 12 725 208 / 2 = 6 362 604 each: an even split needs no remainder.
    expect(rows).toEqual([
      ['2027-1', '20.1.2027', '6 362 604 kr'],
      ['2027-2', '20.7.2027', '6 362 604 kr'],
      ['Sum', '', '12 725 208 kr'],
    ]);
  });

  it('moves 100 000 kr out of the fund, and sums every member’s balance to the 150 000 kr still owed', () => {
    const document = build();
    expect(table(document, /^Fondet i 2027/).rows).toEqual([
      ['Saldo 1. januar', '100 000 kr'],
      ['Satt av (overskudd)', '0 kr'],
      ['Brukt (underskudd)', '100 000 kr'],
      ['Saldo 31. desember', '0 kr'],
      ["Dekket av Melhus' underskudd", '54 850 kr'],
    ]);
    expect(table(document, /^Årsoppgjør 2027 for alle medlemmene/).rows).toEqual([
      ['Midtre Gauldal', '4 434 516 kr', '4 387 239 kr', '−18 911 kr', '28 366 kr'],
      ['Melhus', '12 862 333 kr', '12 725 208 kr', '−54 850 kr', '82 275 kr'],
      ['Skaun', '6 153 151 kr', '6 087 553 kr', '−26 239 kr', '39 359 kr'],
      ['Sum', '23 450 000 kr', '23 200 000 kr', '−100 000 kr', '150 000 kr'],
    ]);
  });

  it('explains the figures down to the ledger file, its rules, the population used and every placeholder', () => {
    const document = build();
    const text = paragraphs(document).join('\n');
    expect(text).toContain(
      `fra filen «hovedbok-2027-felles-administrasjon.csv» med 9 linjer. Filens fingeravtrykk (SHA-256) er ${SETTLED_LEDGER_SHA256}`,
    );
    expect(text).toContain('3 linjer på til sammen 12 500 kr passet ikke med noen regel');
    expect(table(document, /^Kontolinjer per budsjettdel/).rows).toEqual([
      ['Lønn, regnskap og fakturering', 'alle', 'alle', '1200', 'alle'],
      ['Sentralbord', 'alle', 'alle', '1801', 'alle'],
      ['Arkiv og postmottak', '1*', 'alle', '1202', 'alle'],
    ]);
    const population = table(document, /^Folketall nøklene leser, 2027/).rows;
    expect(population.map((r) => r.slice(0, 3))).toEqual([
      ['Midtre Gauldal', '6 141', '1.1.2025'],
      ['Melhus', '17 812', '1.1.2025'],
      ['Skaun', '8 521', '1.1.2025'],
    ]);
    expect(population[0]?.[3]).toMatch(/^Kilde: Statistikkbanken tabell 07459/);
    expect(text).toContain('Nøklene skal lese folketallet per 1.1.2027. Saken har ikke det tallet');
    const placeholders = table(document, /^Plassholdere i oppgjøret/).rows.map((r) => r[0]);
    expect(placeholders).toEqual([
      'Drift av samarbeidet: budsjett nr. 1, lønn, regnskap og fakturering, fordelingsnøkkel',
      'Drift av samarbeidet: budsjett nr. 1, sentralbord, fordelingsnøkkel',
      'Drift av samarbeidet: budsjett nr. 1, arkiv og postmottak, fordelingsnøkkel',
      'Drift av samarbeidet: felles enhet for administrative tjenester, vertskommune',
      'Drift av samarbeidet: felles enhet for administrative tjenester, overskudd',
      'Drift av samarbeidet: felles enhet for administrative tjenester, fond ved start',
    ]);
    // Never a document path, and the terms are explained.
    expect(JSON.stringify(document.blocks)).not.toMatch(/operations\.|\[\d+\]/);
    for (const term of ['Årsoppgjør:', 'A-konto:', 'Fordelingsnøkkel:', 'Fond:'])
      expect(text).toContain(term);
  });

  it('is written in nynorsk when asked, with the same figures', () => {
    const document = build('nn');
    expect(document.language).toBe('nn');
    expect(paragraphs(document)[0]).toBe('Melhus skal betale 82 275 kr for 2027.');
    expect(document.blocks.map((b) => (b.kind === 'heading' ? b.text : ''))).toContain(
      'Slik er tala rekna ut',
    );
    expect(paragraphs(document)).toContain(
      'Budsjettet har ingen a-konto-terminar. Det Melhus betalte a-konto er difor sett lik delen til kommunen av budsjettet for 2027, 12 725 208 kr. Talet er henta frå budsjettet, ikkje frå innbetalingane.',
    );
    expect(table(document, /^Fondet i 2027/).rows[4]).toEqual([
      'Dekt av underskotet til Melhus',
      '54 850 kr',
    ]);
  });

  it('says Melhus gets money back when the year ends under budget and the surplus goes to the members', () => {
    const document = settledCase();
    const unit = document.operations.units[0];
    const recorded = document.operations.settlements[0];
    if (!unit?.surplusPolicy || !recorded) throw new Error('fixture');
    unit.surplusPolicy.value = 'to-members';
    // 300 000 kr under budget on lønn: 14 500 000 · (6 141 | 17 812 | 8 521) / 32 474 = 2 742 024.39 |
    // 7 953 254.91 | 3 804 720.70; the floors leave 2 kr, to the largest remainders (Melhus, Skaun) → 7 953 255.
    // Share of actual 7 953 255 + 1 069 576 + 3 510 402 = 12 533 233; less 12 725 208 paid = −191 975: refunded.
    recorded.actualPerComponent[0] = { componentId: 'lonn-regnskap-fakturering', amount: 14_500_000 };
    expect(paragraphs(build('nb', document))[0]).toBe('Melhus får tilbake 191 975 kr for 2027.');
  });
});
