import { describe, expect, it } from 'vitest';
import type { CostSharingView } from '../case/cost-sharing/comparison-view.ts';
import { labelText } from '../case/cost-sharing/allocation-labels.ts';
import type { ExplanationGraph } from '../case/explain/explanation-tree.ts';
import { runCliCapture } from './run-cli.test-helpers.ts';

const run = (...argv: string[]) => runCliCapture(argv, '.');

const NPV = 'scenario:administrative-tjenester/npv/5028';

describe('flokk explain', () => {
  it("lists Melhus' NPV down to sources as JSON, with the value flokk analyse gives", async () => {
    const explained = await run('explain', '--default', NPV, '--json');
    expect(explained).toMatchObject({ code: 0, stderr: '' });
    const graph = JSON.parse(explained.stdout) as ExplanationGraph;
    const analysed = await run(
      'analyse',
      '--default',
      '--scenario',
      'administrative-tjenester',
      '--draws',
      '10',
      '--json',
    );
    const analysis = JSON.parse(analysed.stdout) as {
      summary: { perMunicipality: Record<string, { npv: number }> };
    };
    expect(graph.value).toBe(analysis.summary.perMunicipality['5028']?.npv);
    expect(graph.figures[NPV]?.value).toBe(graph.value);
    // Every input is itself listed (down to the last), each figure once.
    const figures = Object.values(graph.figures);
    for (const figure of figures)
      for (const input of figure.inputs) expect(graph.figures[input.id], input.id).toBeDefined();
    // Every branch ends in a field of the case with its provenance: a source, a decision, a placeholder or an own
    // value (or in a sum of nothing entered, e.g. no new recurring costs in a year: 0 kr with no inputs).
    const ends = figures.filter((figure) => figure.inputs.length === 0);
    for (const leaf of ends) {
      if (leaf.field)
        expect(leaf.field.provenance.kind, leaf.label).toMatch(/source|decision|placeholder|entered|none/);
      else expect(leaf.value, leaf.label).toBe(0);
    }
    const labour = ends.find((leaf) =>
      /^Melhus, Lønn, regnskap og fakturering: lønnskostnad$/.test(leaf.label),
    );
    expect(labour?.field?.provenance).toMatchObject({ kind: 'source' });
    expect(ends.some((leaf) => leaf.field?.provenance.kind === 'placeholder')).toBe(true);
    // Small: each figure once, not the tree with its repetitions.
    expect(figures.length).toBeLessThan(1000);
  });

  it('prints the answer first in text, and opens as many levels as asked', async () => {
    const result = await run('explain', '--default', NPV, '--depth', '1');
    expect(result.code).toBe(0);
    const [first, second] = result.stdout.split('\n');
    expect(first).toMatch(/^Netto nåverdi for Melhus: [\d\s\u00a0]+ kr$/);
    expect(second).toContain('Formel: NNV = Σₜ Nₜ · dₜ');
    expect(result.stdout).toContain('inndata til (bruk --depth for flere nivåer)');
  });

  it('explains a nucleolus amount, in English when asked, with the amount flokk share gives', async () => {
    const figure = 'cost-sharing:administrative-tjenester/sentralbord/nucleolus/5028';
    const result = await run('explain', '--default', figure, '--json', '--depth', '1', '--lang', 'en');
    expect(result.code).toBe(0);
    const graph = JSON.parse(result.stdout) as ExplanationGraph;
    const shared = await run(
      'share',
      '--default',
      '--scenario',
      'administrative-tjenester',
      '--area',
      'sentralbord',
      '--json',
    );
    const view = JSON.parse(shared.stdout) as CostSharingView;
    const melhus = view.players.findIndex((p) => p.municipality === '5028');
    const nucleolus = view.analysis?.allocations.find((a) => a.id === 'nucleolus');
    expect(graph.value).toBeCloseTo(nucleolus?.amounts[melhus] ?? Number.NaN, 6);
    expect(graph.figures[figure]?.label).toBe(
      `${labelText('allocation_method.nucleolus', 'en')}: amount for Melhus`,
    );
    // The seven coalition costs of three municipalities are its inputs, each listed.
    expect(graph.figures[figure]?.inputs).toHaveLength(7);
  });

  it('names an unknown figure and a bad depth as usage errors, never a crash', async () => {
    const unknown = await run('explain', '--default', 'scenario:administrative-tjenester/npv/9999');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('«scenario:administrative-tjenester/npv/9999»');
    expect((await run('explain', '--default', NPV, '--depth', '-1')).code).toBe(2);
    expect((await run('explain', '--default')).code).toBe(2);
  });
});
