import { describe, expect, it } from 'vitest';
import { formatBudgetNok } from '../../i18n/format.ts';
import { defaultCase } from '../default-case/default-case.ts';
import { loadLpSolver } from '../../engine/games/lp-solver.ts';
import { analyseDeterministic } from '../scenario/analyse-scenario.ts';
import type { Block, FlokkDocument, Inline } from './document-model.ts';
import { buildSaksframlegg, buildSummary } from './saksframlegg.ts';

const SCENARIO = 'administrative-tjenester';
const MELHUS = '5028';
const document = defaultCase();
// The callers pass the LP solver: the key comparison needs it for the nucleolus.
const solver = await loadLpSolver();
const build = (municipality: string, language: 'nb' | 'nn' = 'nb') =>
  buildSaksframlegg(document, { municipality, scenarioId: SCENARIO, language, solver });
const versions = Object.fromEntries(['5027', MELHUS, '5029'].map((m) => [m, build(m)]));
const melhus = versions[MELHUS] as FlokkDocument;

const inlineText = (inlines: Inline[]) => inlines.map((i) => i.text).join('');
function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return inlineText(block.content);
    case 'numbered':
      return block.items.map(inlineText).join('\n');
    case 'table':
      return [block.caption, block.header.join(' | '), ...block.rows.map((r) => r.join(' | '))].join('\n');
    case 'figure':
      return [
        block.caption,
        block.alt,
        block.table.header.join(' | '),
        ...block.table.rows.map((r) => r.join(' | ')),
      ].join('\n');
  }
}
const allText = (doc: FlokkDocument) => doc.blocks.map(blockText).join('\n');
const inlines = (doc: FlokkDocument) =>
  doc.blocks.flatMap((b) =>
    b.kind === 'paragraph' ? b.content : b.kind === 'numbered' ? b.items.flat() : [],
  );

describe('buildSaksframlegg', () => {
  it('opens with the innstilling: the recorded recommendation points, in order', () => {
    const recommendation = document.resolutions.find((r) => r.kind === 'recommendation');
    const [heading, intro, list] = melhus.blocks;
    expect(heading).toMatchObject({ kind: 'heading', level: 1, text: 'Kommunedirektørens innstilling' });
    expect(intro && blockText(intro)).toBe('Kommunestyret:');
    expect(list?.kind).toBe('numbered');
    const items = list?.kind === 'numbered' ? list.items.map(inlineText) : [];
    expect(items).toEqual(recommendation?.points.map((p) => p.text));
    // The points' source is given once, on the first point.
    expect(list?.kind === 'numbered' && list.items[0]?.[0]?.footnote).toMatch(/^Kilde: /);
  });

  it('has the seed saksframlegg’s sections, in its order', () => {
    const headings = melhus.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
    expect(headings).toEqual([
      'Kommunedirektørens innstilling',
      'Sammendrag',
      'Bakgrunn for saken',
      'Faktiske opplysninger',
      'Vurdering',
      'Økonomiske konsekvenser',
      'Konklusjon',
      'Vedlegg',
    ]);
  });

  it('attaches the one-page summary first, with the same text as the summary document', () => {
    const start = melhus.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Vedlegg');
    const attached = melhus.blocks.slice(start);
    expect(attached[1]).toMatchObject({ kind: 'numbered' });
    expect(attached[2]).toEqual({
      kind: 'heading',
      level: 2,
      text: 'Vedlegg 1: Hva saken betyr for kommunen',
    });
    const summary = buildSummary(defaultCase(), {
      municipality: '5028',
      scenarioId: SCENARIO,
      language: 'nb',
      solver,
    });
    expect(attached.slice(3)).toEqual(summary.blocks.slice(1));
  });

  it('assesses the scenario part by part, in the order the seed saksframlegg discusses them', () => {
    const start = melhus.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Vurdering');
    const end = melhus.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Økonomiske konsekvenser');
    const parts = melhus.blocks
      .slice(start, end)
      .flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
    expect(parts).toEqual([
      'Netto nåverdi i to visninger',
      'Netto effekt per år',
      'Rettferdig fordeling og kjernen',
      'Usikkerhet',
      'Virkninger som ikke er regnet i kroner',
      'Juridisk modell',
      'Ansatte og naturlig avgang',
      'Medvirkning og plikter overfor de ansatte',
      'Forutsetninger som ikke er fastsatt',
    ]);
    // The comparison was made with the solver the caller passed: no placeholder in its place.
    const fairness = melhus.blocks.find(
      (b) => b.kind === 'table' && b.caption.startsWith('Hva hver kommune betaler per år'),
    );
    expect(fairness?.kind === 'table' && fairness.rows.map((r) => r[0])).toEqual([
      'Midtre Gauldal',
      'Melhus',
      'Skaun',
    ]);
  });

  it('gives Melhus’ figures as analyseDeterministic computes them, rounded as a budget document rounds', () => {
    const analysis = analyseDeterministic(document, SCENARIO);
    const text = allText(melhus);
    expect(text).toContain(formatBudgetNok(analysis?.summary.perMunicipality[MELHUS]?.npv));
    expect(text).toContain(formatBudgetNok(analysis?.summary.total.npv));
    expect(text).toContain(formatBudgetNok(analysis?.socioEconomic.npv));
    const netEffect = melhus.blocks.find(
      (b) => b.kind === 'figure' && b.caption.startsWith('Netto effekt per år'),
    );
    const own = analysis?.cashFlows.perMunicipality[MELHUS];
    expect(netEffect?.kind === 'figure' && netEffect.table.rows.map((r) => r[1])).toEqual(
      own?.map((v) => formatBudgetNok(v)),
    );
    // The chart draws the same amounts, unrounded.
    expect(netEffect?.kind === 'figure' && netEffect.chart.series[0]?.values).toEqual(own);
    expect(netEffect?.kind === 'figure' && netEffect.alt).toMatch(
      /^Stolpediagram: Melhus' netto effekt per år \d{4}–\d{4}, fra .+ kr i \d{4} til .+ kr i \d{4}/,
    );
    const budget = melhus.blocks.find(
      (b) => b.kind === 'table' && b.caption.startsWith('Netto effekt på budsjettet'),
    );
    expect(budget?.kind === 'table' && budget.rows).toEqual(
      analysis?.budget.years.map((year, i) => [
        String(year),
        formatBudgetNok(analysis.budget.perMunicipality[MELHUS]?.[i]),
      ]),
    );
    // Today's figures: Melhus' own row and the joint total, from the baseline.
    const facts = melhus.blocks.find(
      (b) => b.kind === 'table' && b.caption.startsWith('Lønn, regnskap og fakturering'),
    );
    expect(facts?.kind === 'table' && facts.rows).toEqual([
      ['Melhus', '6,4', formatBudgetNok(5_200_000), 'ingen registrert'],
      ['Alle kommunene i samarbeidet', '17,6', formatBudgetNok(14_800_000), 'ingen registrert'],
    ]);
  });

  it('says the uncertainty in words from the Monte Carlo run', () => {
    expect(allText(melhus)).toMatch(
      /I 9 av 10 simulerte utfall er netto nåverdi for Melhus høyere enn [\d\s]+ kr/,
    );
  });

  it('is the same text in all three versions but for the blocks marked municipal', () => {
    const common = (doc: FlokkDocument) => doc.blocks.filter((b) => !('municipal' in b && b.municipal));
    const [first, ...rest] = Object.values(versions).map(common);
    for (const other of rest) expect(other).toEqual(first);
    // And the municipal blocks do differ: each version carries its own figures.
    const municipal = Object.values(versions).map((doc) =>
      JSON.stringify(doc.blocks.filter((b) => 'municipal' in b && b.municipal)),
    );
    expect(new Set(municipal).size).toBe(3);
    expect(Object.values(versions).map((d) => d.blocks.length)).toEqual(Array(3).fill(melhus.blocks.length));
  });

  it('shows each placeholder as such, with what is known about it in the footnote', () => {
    const placeholders = inlines(melhus).filter((i) => i.placeholder);
    expect(placeholders.length).toBeGreaterThan(0);
    for (const p of placeholders) expect(p.text).toBe('plassholder – ikke fastsatt');
    expect(allText(melhus)).toContain('Forutsetninger som ikke er fastsatt');
    // The default case's cost keys have a placeholder provenance: each area's key is flagged where it is named.
    const keys = melhus.blocks.find(
      (b) =>
        b.kind === 'paragraph' && inlineText(b.content).startsWith('Netto effekt er det kommunen sparer'),
    );
    expect(keys?.kind === 'paragraph' && keys.content.filter((i) => i.placeholder)).toHaveLength(3);
  });

  it('gives every figure a footnote with its source or how it is computed', () => {
    const amounts = inlines(melhus).filter((i) => /^-?[\d\s]+\skr$/.test(i.text));
    expect(amounts.length).toBeGreaterThan(3);
    for (const amount of amounts) expect(amount.footnote).toBeTruthy();
  });

  it('writes placeholder points when the case records no recommendation', () => {
    const bare = { ...document, resolutions: [] };
    const doc = buildSaksframlegg(bare, { municipality: MELHUS, scenarioId: SCENARIO, language: 'nb' });
    const list = doc.blocks[2];
    expect(list?.kind === 'numbered' && list.items.every((item) => item[0]?.placeholder)).toBe(true);
  });

  it('writes nynorsk', () => {
    const nn = build(MELHUS, 'nn');
    expect(nn.language).toBe('nn');
    expect(allText(nn)).toContain('Kommunedirektøren si innstilling');
    expect(allText(nn)).toContain('plasshaldar – ikkje fastsett');
    expect(allText(nn)).not.toContain('plassholder – ikke fastsatt');
  });

  it('rejects an unknown municipality or scenario', () => {
    expect(() => build('0301')).toThrow(/municipality/);
    expect(() =>
      buildSaksframlegg(document, { municipality: MELHUS, scenarioId: 'nope', language: 'nb' }),
    ).toThrow(/scenario/);
  });
});

describe('buildSummary', () => {
  it('is one page of Melhus’ figures: «Hva dette betyr for Melhus»', () => {
    const summary = buildSummary(document, { municipality: MELHUS, scenarioId: SCENARIO, language: 'nb' });
    const analysis = analyseDeterministic(document, SCENARIO);
    expect(summary.title).toBe('Hva dette betyr for Melhus');
    expect(allText(summary)).toContain(formatBudgetNok(analysis?.summary.perMunicipality[MELHUS]?.npv));
    expect(allText(summary)).toContain('i 9 av 10 simulerte utfall');
    expect(summary.blocks.length).toBeLessThan(8);
  });
});
